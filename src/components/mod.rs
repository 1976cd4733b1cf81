//! Reusable view pieces. Each takes plain values or signals and knows nothing of storage.

pub mod bottom_nav;
pub mod charts;
pub mod countdown_ring;
pub mod day_chips;
pub mod exercise_figure;
pub mod exercise_row;
pub mod filter_chips;
pub mod lazy_screen;
pub mod lesson_row;
pub mod level_stepper;
pub mod link;
pub mod note_field;
pub mod pain_picker;
pub mod problem_banner;
pub mod row_icon;
pub mod safety;
pub mod share_card;
pub mod sheet;
pub mod update_prompt;
