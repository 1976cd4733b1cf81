//! The built-in exercise library and its figures, as typed static data. It knows nothing of
//! routines, so `routine` can look exercises up here while `catalog` (the routines) builds
//! on both, and no two domain modules import each other.

mod exercises;
mod figures;

use super::exercise::Exercise;

pub use exercises::EXERCISES;

/// The exercise with this id, if the library has one.
pub fn exercise(id: &str) -> Option<&'static Exercise> {
    EXERCISES.iter().find(|ex| ex.id == id)
}

#[cfg(test)]
mod sheet;

#[cfg(test)]
mod tests {
    use super::exercise;

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
