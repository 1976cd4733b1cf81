//! The next-morning check on Today: one quick question about the last session, asked once,
//! 6 to 36 hours after it (see `domain::history::morning_due`).

use leptos::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::calendar;
use crate::domain::history::{Compared, Morning, SessionRecord};
use crate::domain::i18n::{messages as m, Msg};
use crate::domain::pain::PainScore;
use crate::domain::today;
use crate::platform::clock;
use crate::state::{t, use_history, use_plan};

/// The question for the session `session_id` (Today passes the id, so the first load never
/// copies a session). `on_done` gets what the answer means (`None` for "Not now").
#[component]
pub fn MorningCheck(
    session_id: String,
    #[prop(into)] on_done: Callback<Option<Msg>>,
) -> impl IntoView {
    let session = use_history()
        .sessions
        .with_untracked(|all| all.iter().find(|s| s.id == session_id).cloned());
    session.map(|session| view! { <MorningQuestion session on_done /> })
}

/// Better / about the same / worse than before the session, and pain now if they like.
#[component]
fn MorningQuestion(
    session: SessionRecord,
    #[prop(into)] on_done: Callback<Option<Msg>>,
) -> impl IntoView {
    let history = use_history();
    let plan = use_plan();
    let now = clock::now_ms();
    let (heading, sub) = today::morning_question(
        &session,
        clock::today(),
        calendar::hour_of_day(now, clock::utc_offset_min()),
    );
    let compared = RwSignal::new(None::<Compared>);
    let pain = RwSignal::new(None::<PainScore>);
    let error = RwSignal::new(None::<String>);
    let (heading, sub) = (t(heading), t(sub));
    let id = StoredValue::new(session.id.clone());
    // `answered` is false for "Not now": stored too, so the question is asked once.
    let save = move |answered: bool| {
        let answer = compared.get_untracked().filter(|_| answered);
        if answered && answer.is_none() {
            error.set(Some(t(m::today_morning_pick_first())));
            return;
        }
        let morning = Morning {
            compared: answer,
            pain: pain.get_untracked().filter(|_| answered),
            at: clock::now_ms(),
        };
        let id = id.get_value();
        // The morning's pain is the day's one pain answer: while the flare plan is on it is
        // that day's answer, and a clear rise above usual starts the flare plan.
        let usual = plan.usual(history, None);
        match history.set_morning(&id, morning) {
            Ok(()) => {
                let reply = history.sessions.with_untracked(|all| {
                    all.iter()
                        .find(|s| s.id == id)
                        .and_then(today::morning_reply)
                });
                let flare = morning.pain.and_then(|p| {
                    let mut profile = plan.profile.get_untracked()?;
                    let said =
                        profile.daily_pain_msg(usual, p.value(), morning.at, clock::today())?;
                    plan.save(history, profile);
                    Some(said)
                });
                // A flare plan just switched on says everything the verdict would, and more.
                on_done.run(flare.or(reply));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let choices = Compared::ALL
        .into_iter()
        .map(|c| {
            view! {
                <label class="option choice-cell">
                    <input
                        type="radio"
                        name="morning-compared"
                        value=c.key()
                        prop:checked=move || compared.get() == Some(c)
                        on:change=move |_| {
                            compared.set(Some(c));
                            error.set(None);
                        }
                    />
                    <span>{t(c.title())}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="card hero morning-check" aria-labelledby="morning-title">
            <p class="eyebrow">{t(m::today_morning_eyebrow())}</p>
            <h2 id="morning-title">{heading}</h2>
            <p class="why">{sub}</p>
            <fieldset class="choice">
                <legend class="visually-hidden">{t(m::today_morning_legend())}</legend>
                <div class="choice-3">{choices}</div>
            </fieldset>
            <PainPicker label=t(m::today_morning_pain()) name="morning-pain" value=pain />
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="button" class="button primary big" on:click=move |_| save(true)>{t(m::today_morning_save())}</button>
            <button type="button" class="link-button" on:click=move |_| save(false)>{t(m::today_morning_not_now())}</button>
        </section>
    }
}
