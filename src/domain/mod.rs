//! The pure heart of Limber: exercise content, routines, the session player, pain rules and
//! history. Nothing in here may import leptos, web-sys, gloo or js-sys: time comes in as
//! milliseconds since the Unix epoch (`now_ms`), so every rule is testable with `cargo test`.

pub mod activity;
pub mod backup;
pub mod calendar;
pub mod calm;
pub mod catalog;
pub mod checkin;
pub mod coach;
pub mod custom;
pub mod exercise;
pub mod figure;
pub mod flare;
pub mod goals;
pub mod history;
pub mod i18n;
pub mod ics;
pub mod insights;
pub mod keep;
pub mod learn;
pub mod library;
pub mod limits;
pub mod locale;
pub mod outlook;
pub mod pain;
pub mod plan;
pub mod player;
pub mod progress;
pub mod qr;
pub mod report;
pub mod route;
pub mod routine;
pub mod safety;
pub mod schedule;
#[cfg(test)]
mod sentences_tests;
pub mod settings;
pub mod share;
pub mod today;
pub mod walking;
pub mod weight;
