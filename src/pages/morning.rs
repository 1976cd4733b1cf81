//! The next-morning check on Today: one quick question about the last session, asked once,
//! 6 to 36 hours after it (see `domain::history::morning_due`).

use leptos::prelude::*;

use crate::components::pain_picker::PainPicker;
use crate::domain::calendar;
use crate::domain::history::{Compared, Morning, SessionRecord};
use crate::domain::pain::PainScore;
use crate::domain::today;
use crate::platform::clock;
use crate::state::{use_history, use_plan};

/// Better / about the same / worse than before the session, and pain now if they like.
/// `on_done` gets what the answer means (empty for "Not now").
#[component]
pub fn MorningCheck(
    session: SessionRecord,
    #[prop(into)] on_done: Callback<String>,
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
    let id = StoredValue::new(session.id.clone());
    // `answered` is false for "Not now": stored too, so the question is asked once.
    let save = move |answered: bool| {
        let answer = compared.get_untracked().filter(|_| answered);
        if answered && answer.is_none() {
            error.set(Some("Pick better, about the same or worse first.".into()));
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
                    let said = profile.daily_pain(usual, p.value(), morning.at, clock::today())?;
                    plan.save(history, profile);
                    Some(said)
                });
                // A flare plan just switched on says everything the verdict would, and more.
                on_done.run(flare.or(reply).unwrap_or_default());
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
                        value=c.label()
                        prop:checked=move || compared.get() == Some(c)
                        on:change=move |_| {
                            compared.set(Some(c));
                            error.set(None);
                        }
                    />
                    <span>{c.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="card hero morning-check" aria-labelledby="morning-title">
            <p class="eyebrow">"One quick question"</p>
            <h2 id="morning-title">{heading}</h2>
            <p class="why">{sub}</p>
            <fieldset class="choice">
                <legend class="visually-hidden">"Compared with before the session"</legend>
                <div class="choice-3">{choices}</div>
            </fieldset>
            <PainPicker label="Your pain now, if you'd like to say (0 to 10)" name="morning-pain" value=pain />
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="button" class="button primary big" on:click=move |_| save(true)>"Save"</button>
            <button type="button" class="link-button" on:click=move |_| save(false)>"Not now"</button>
        </section>
    }
}
