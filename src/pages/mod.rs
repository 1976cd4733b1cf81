//! One file per screen. Pages read state and call domain functions; they do no parsing or
//! date math of their own.

pub mod calm;
pub mod checkin;
pub mod data;
pub mod exercise_detail;
pub mod flare;
pub mod goals;
pub mod history;
pub mod insights;
pub mod keep_copy;
pub mod learn;
pub mod library;
pub mod log_activity;
pub mod morning;
pub mod not_found;
pub mod outlook;
pub mod plan_today;
pub mod player;
pub mod report;
pub mod routine_detail;
pub mod routine_editor;
pub mod routines;
pub mod session_detail;
pub mod settings;
pub mod shared;
pub mod today;
pub mod weight;
pub mod welcome;
pub mod why;
