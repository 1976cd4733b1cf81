//! The `more` chunk: settings, the first run, Learn and the flare plan; the pieces of Today
//! for someone with something stored (the plan's part, the warning-sign stop, "Keep a copy")
//! and a backup import; and the code that reads what is stored.

use leptos::prelude::*;

use crate::components::safety::TodayStop;
use crate::domain::calendar::LocalDate;
use crate::pages::data::RestoreOffer;
use crate::pages::keep_copy::KeepCopyRow;
use crate::pages::plan_today::PlanTodayNow;
use crate::pages::{
    flare::FlarePlan, learn::Learn, learn::LearnCardPage, learn::TodayLessonRow,
    settings::Settings, welcome::Welcome,
};
use crate::state::{OtherTab, Reread, Stored};

/// Everything stored, read at start-up (`Stored::read`). In release builds the reading
/// code is in this chunk, fetched only by someone with something stored: the first run's
/// chunk, which anyone with a plan needs for Today's rows anyway.
#[cfg(not(debug_assertions))]
#[leptos::wasm_split::wasm_split(more, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn read_stored() -> Result<Stored, leptos::wasm_split::SplitLoaderError> {
    Ok(Stored::read())
}

#[cfg(debug_assertions)]
pub async fn read_stored() -> Result<Stored, leptos::wasm_split::SplitLoaderError> {
    Ok(Stored::read())
}

/// What another tab changed, read again and shown (`OtherTab::apply`), from the same chunk.
#[cfg(not(debug_assertions))]
#[leptos::wasm_split::wasm_split(more, wasm_split_path = ::leptos::wasm_split, fallible)]
fn split_reread_stored(
    key: Option<String>,
    tabs: OtherTab,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    tabs.apply(key.as_deref());
    Ok(())
}

#[cfg(debug_assertions)]
async fn split_reread_stored(
    key: Option<String>,
    tabs: OtherTab,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    tabs.apply(key.as_deref());
    Ok(())
}

pub fn reread_stored() -> Reread {
    std::rc::Rc::new(|key, tabs| {
        Box::pin(async move {
            let _ = split_reread_stored(key, tabs).await;
        })
    })
}

// Today's offer to bring in a backup on an iPhone's home screen.
screen!(restore_offer, split_restore_offer, more, RestoreOffer);
// With the first run's chunk: anyone with a plan has been through it already.
piece!(plan_today, split_plan_today, more, PlanTodayNow, day: Signal<LocalDate>, show_hero: bool, morning_pending: Signal<bool>);

// Today's "Keep a copy" row, with the backup code: only someone with sessions sees it.
piece!(keep_copy, split_keep_copy, more, KeepCopyRow, offered: Signal<bool>);

// Today's lesson row, for someone with something stored.
piece!(today_lesson, split_today_lesson, more, TodayLessonRow, day: Signal<LocalDate>);

// Today's warning-sign stop: only someone with an answer stored sees it.
screen!(today_stop, split_today_stop, more, TodayStop);
screen!(settings, split_settings, more, Settings);
screen!(welcome, split_welcome, more, Welcome);
screen!(learn, split_learn, more, Learn);
screen!(learn_card, split_learn_card, more, LearnCardPage);
screen!(flare, split_flare, more, FlarePlan);
