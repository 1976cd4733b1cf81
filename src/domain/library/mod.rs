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
