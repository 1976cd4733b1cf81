//! The built-in exercise library and its figures, as typed static data. It knows nothing of
//! routines, so `routine` can look exercises up here while `catalog` (the routines) builds
//! on both, and no two domain modules import each other.

mod exercises;
mod figures;
mod guides;

use super::exercise::{Exercise, ExerciseGuide, Sides};

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
    pub fn figure_caption(&self) -> String {
        let view = self.guide().figure.view.label();
        let mut out = String::with_capacity(48);
        out.extend(view.chars().next().map(|c| c.to_ascii_uppercase()));
        out.push_str(&view[1..]);
        match self.sides {
            Sides::Both => {}
            Sides::EachSide => out.push_str(" · left side first"),
            Sides::Alternating => out.push_str(" · sides take turns"),
        }
        out
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
        let caption = |id: &str| exercise(id).expect("in the library").figure_caption();
        assert_eq!(caption("glute-bridge"), "Seen from the side");
        assert!(caption("trunk-rotation").starts_with("Seen from above"));
        assert_eq!(
            caption("clamshell"),
            "Seen from the front · left side first"
        );
        assert_eq!(caption("bird-dog"), "Seen from the side · sides take turns");
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
