//! The built-in exercise library and its figures, as typed static data. It knows nothing of
//! routines, so `routine` can look exercises up here while `catalog` (the routines) builds
//! on both, and no two domain modules import each other.

mod exercises;
mod figures;
mod guides;

use super::exercise::{Exercise, ExerciseGuide, Sides};
use super::figure::View;
use super::i18n::{messages as m, Msg};

pub use exercises::EXERCISES;

/// The exercise with this id, if the library has one. A plain scan of a few dozen: an index
/// would cost the first load more than it saves (tried: 570 bytes gzip for a few ms at
/// 10,000 sessions).
pub fn exercise(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|ex| ex.id == id)
}

impl Exercise {
    /// How to do it, and its picture. Every library exercise has a guide (a test checks);
    /// the code that calls this is what carries the guides into a build's chunk.
    pub fn guide(&self) -> &'static ExerciseGuide {
        guides::GUIDES
            .iter()
            .find(|g| g.id == self.id)
            .unwrap_or(&guides::NO_GUIDE)
    }

    /// What the figure shows, said under it: "Seen from the front · left side first".
    /// In a side view the near, highlighted limbs are the person's left.
    pub fn figure_caption_msg(&self) -> Msg {
        let view = match self.guide().figure.view {
            View::Side => m::exercises_view_side(),
            View::Front => m::exercises_view_front(),
            View::Above => m::exercises_view_above(),
        };
        match self.sides {
            Sides::Both => view,
            Sides::EachSide => m::exercises_caption_each_side(view),
            Sides::Alternating => m::exercises_caption_alternating(view),
        }
    }
}

#[cfg(test)]
mod floor;
#[cfg(test)]
mod sheet;

#[cfg(test)]
mod tests {
    use super::exercise;

    #[test]
    fn every_exercise_has_its_own_guide_in_the_same_order() {
        let exercises: Vec<_> = super::EXERCISES.iter().map(|e| e.id).collect();
        let guides: Vec<_> = super::guides::GUIDES.iter().map(|g| g.id).collect();
        assert_eq!(exercises, guides);
        for ex in super::EXERCISES {
            assert_eq!(ex.guide().id, ex.id);
            assert!(!ex.guide().steps.is_empty(), "{}", ex.id);
        }
    }

    #[test]
    fn the_figure_caption_names_the_view_and_the_first_side() {
        let caption = |id: &str| {
            crate::domain::i18n::english_text(
                &exercise(id).expect("in the library").figure_caption_msg(),
            )
        };
        assert_eq!(caption("glute-bridge"), "Seen from the side");
        assert!(caption("trunk-rotation").starts_with("Seen from above"));
        assert_eq!(
            caption("clamshell"),
            "Seen from the front · left side first"
        );
        assert_eq!(caption("bird-dog"), "Seen from the side · sides take turns");
    }

    /// Every guide's keyed messages are in English, word for word the guide's old text;
    /// each caution is now a whole sentence.
    #[test]
    fn every_guide_text_is_a_message_with_the_same_english() {
        use crate::domain::i18n::english_text;
        for ex in super::EXERCISES {
            let g = ex.guide();
            let said = |m: &super::Msg| {
                let text = english_text(m);
                assert!(!text.starts_with('{'), "{} lacks {}", ex.id, m.id);
                text
            };
            assert_eq!(said(&g.purpose_msg()), g.purpose, "{}", ex.id);
            let steps: Vec<String> = g.step_msgs().iter().map(said).collect();
            assert_eq!(steps, g.steps, "{}", ex.id);
            let cues: Vec<String> = g.cue_msgs().iter().map(said).collect();
            assert_eq!(cues, g.cues, "{}", ex.id);
            let cautions: Vec<String> = g.caution_msgs().iter().map(said).collect();
            let old: Vec<String> = g.cautions.iter().map(|c| format!("Stop if {c}.")).collect();
            assert_eq!(cautions, old, "{}", ex.id);
            assert_eq!(g.step_msg(0), g.step_msgs().first().cloned());
            assert_eq!(g.step_msg(g.steps.len()), None);
            assert_eq!(g.cue_msg(1), g.cue_msgs().get(1).cloned());
            // One more of each would be in no catalog: the counts are the data's.
            let next = format!("exercises-{}-step-{}", ex.id, g.steps.len() + 1);
            assert!(english_text(&super::Msg::keyed(next)).starts_with('{'));
        }
    }
}

#[cfg(test)]
mod lookup_tests {
    use super::*;

    #[test]
    fn every_exercise_is_found_by_its_id_and_nothing_else_is() {
        for ex in EXERCISES {
            assert!(std::ptr::eq(exercise(ex.id).unwrap(), ex), "{}", ex.id);
        }
        assert!(exercise("").is_none());
        assert!(exercise("no-such-exercise").is_none());
        let mut ids: Vec<&str> = EXERCISES.iter().map(|e| e.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), EXERCISES.len(), "ids are unique");
    }
}
