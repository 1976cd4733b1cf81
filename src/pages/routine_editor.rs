//! Make or change a routine of your own: name it, pick exercises from the library, set each
//! one's dose and put them in order (buttons, arrow keys on the handle, or drag the handle).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::link::A;
use crate::domain::catalog::{self, ExerciseFilter};
use crate::domain::custom::{self, CustomItem, CustomRoutine, RoutineDraft};
use crate::domain::exercise::{name_matches, Dose, Exercise, Work};
use crate::domain::i18n::messages as m;
use crate::domain::routine::Stage;
use crate::domain::{calendar, schedule};
use crate::pages::not_found::NotFound;
use crate::platform::base_path::href;
use crate::platform::clock;
use crate::platform::nav;
use crate::state::{t, use_navigate, use_prefs, use_routines};

/// `/routines/new` (from scratch, or `?from=<id>` to start from a copy) and
/// `/routines/:id/edit`.
#[component]
pub fn RoutineEditor() -> impl IntoView {
    let routines = use_routines();
    let editing = crate::state::use_screen_param().get_untracked();
    let from = nav::query("from");
    match editing {
        Some(id) => {
            let existing = routines
                .own
                .with_untracked(|own| own.iter().find(|r| r.id == id).cloned());
            match existing {
                Some(r) => {
                    let draft = r.draft.clone();
                    view! { <Editor draft existing=Some(r) /> }.into_any()
                }
                None => view! { <NotFound /> }.into_any(),
            }
        }
        None => {
            let draft = from
                .and_then(|id| routines.find(&id))
                .map(|r| RoutineDraft::copy_named(&r, &t(RoutineDraft::copy_name(&r))))
                .unwrap_or_default();
            view! { <Editor draft existing=None /> }.into_any()
        }
    }
}

/// One exercise being edited. The numbers stay text while the person types, so a half-typed
/// value is never "corrected" under their fingers; they are read on save.
#[derive(Clone, Copy)]
struct EditItem {
    key: u32,
    exercise: &'static Exercise,
    amount: RwSignal<String>,
    sets: RwSignal<String>,
    rest: RwSignal<String>,
    tempo: u16,
}

impl EditItem {
    fn new(key: u32, exercise: &'static Exercise, dose: Dose) -> Self {
        let (amount, tempo) = match dose.work {
            Work::Reps { reps, secs_per_rep } => (reps, secs_per_rep),
            Work::Hold { secs } => (secs, 0),
            Work::Timed { mins } => (mins, 0),
        };
        Self {
            key,
            exercise,
            amount: RwSignal::new(amount.to_string()),
            sets: RwSignal::new(dose.sets.to_string()),
            rest: RwSignal::new(dose.rest_secs.to_string()),
            tempo,
        }
    }

    /// The dose as typed; anything unreadable becomes 0, which the domain's checks refuse
    /// with a message naming the exercise.
    fn dose(&self) -> Dose {
        let number =
            |s: RwSignal<String>| s.with_untracked(|t| t.trim().parse::<u16>().unwrap_or(0));
        let amount = number(self.amount);
        let sets = u8::try_from(number(self.sets)).unwrap_or(0);
        let rest_secs = number(self.rest);
        match self.exercise.dose.work {
            Work::Reps { .. } => Dose::reps(amount, self.tempo, sets, rest_secs),
            Work::Hold { .. } => Dose::hold(amount, sets, rest_secs),
            Work::Timed { .. } => Dose {
                work: Work::Timed { mins: amount },
                sets: 1,
                rest_secs: 0,
            },
        }
    }

    fn tracked_dose(&self) -> Dose {
        self.amount.track();
        self.sets.track();
        self.rest.track();
        self.dose()
    }
}

#[component]
fn Editor(draft: RoutineDraft, existing: Option<CustomRoutine>) -> impl IntoView {
    let routines = use_routines();
    let navigate = use_navigate();
    let is_new = existing.is_none();
    let existing = StoredValue::new(existing);
    let name = RwSignal::new(draft.name.clone());
    let note = RwSignal::new(draft.note.clone());
    let stage = RwSignal::new(draft.stage);
    let from = draft.from.clone();
    let next_key = StoredValue::new(0u32);
    let fresh_key = move || {
        let k = next_key.get_value();
        next_key.set_value(k + 1);
        k
    };
    let items = RwSignal::new(
        draft
            .items
            .iter()
            .filter_map(|i| {
                catalog::exercise(&i.exercise).map(|ex| EditItem::new(fresh_key(), ex, i.dose))
            })
            .collect::<Vec<_>>(),
    );
    let error = RwSignal::new(None::<String>);
    // Said by screen readers after a move, add or remove.
    let announce = RwSignal::new(String::new());
    let picking = RwSignal::new(is_new && items.with_untracked(Vec::is_empty));

    let build = move || RoutineDraft {
        name: name.get_untracked(),
        stage: stage.get_untracked(),
        note: note.get_untracked(),
        from: from.clone(),
        items: items.with_untracked(|list| {
            list.iter()
                .map(|i| CustomItem {
                    exercise: i.exercise.id.to_string(),
                    dose: i.dose(),
                })
                .collect()
        }),
        built_in: None,
    };
    let build = StoredValue::new(build);
    let pace = use_prefs().settings.with_untracked(|s| s.pace);
    let estimate = move || {
        let secs = items.with(|list| {
            let items: Vec<_> = list
                .iter()
                .map(|i| (i.exercise.sides, i.tracked_dose()))
                .collect();
            schedule::length_secs(&items, pace)
        });
        t(match items.with(Vec::len) {
            0 => m::routines_editor_none_yet(),
            n => m::routines_editor_estimate(n, calendar::length_minutes(secs)),
        })
    };

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = build.with_value(|b| b());
        let now = clock::now_ms();
        let result = match existing.get_value() {
            Some(old) => old.update(draft, now),
            None => CustomRoutine::create(draft, now, clock::random_u32()),
        };
        match result {
            Err(e) => error.set(Some(t(e.msg()))),
            Ok(saved) => {
                let id = saved.id.clone();
                match routines.put(saved) {
                    Ok(()) => navigate.to(&format!("/routines/{id}")),
                    Err(e) => error.set(Some(e)),
                }
            }
        }
    };

    let move_item = move |key: u32, to: usize| {
        let mut moved = None;
        items.update(|list| {
            if let Some(from) = list.iter().position(|i| i.key == key) {
                custom::move_item(list, from, to);
                let at = list.iter().position(|i| i.key == key).unwrap_or(0);
                moved = Some((list[at].exercise.title(), at + 1, list.len()));
            }
        });
        if let Some((name, at, len)) = moved {
            announce.set(t(m::routines_editor_moved(name, at, len)));
        }
    };
    let remove = move |key: u32| {
        let mut gone = None;
        items.update(|list| {
            if let Some(at) = list.iter().position(|i| i.key == key) {
                let name = list.remove(at).exercise.title();
                // Focus goes to the row that took its place (or the one before it).
                let next = list.get(at).or_else(|| list.last()).map(|i| i.key);
                gone = Some((name, next));
            }
        });
        if let Some((name, next)) = gone {
            announce.set(t(m::routines_editor_removed(name)));
            let target = next.map_or_else(|| "editor-items".to_string(), |k| format!("handle-{k}"));
            focus_later(target.clone(), target);
        }
    };
    // A new item's signals belong to the editor, not to the picker row that was tapped
    // (rows are thrown away as the search changes, and would take the signals with them).
    let owner = StoredValue::new_local(Owner::current());
    let add = move |ex: &'static Exercise| {
        let item = owner.with_value(|o| match o {
            Some(o) => o.with(|| EditItem::new(fresh_key(), ex, ex.dose)),
            None => EditItem::new(fresh_key(), ex, ex.dose),
        });
        items.update(|list| list.push(item));
        let n = items.with_untracked(Vec::len);
        announce.set(t(m::routines_editor_added(ex.title(), n)));
    };

    let title = t(if is_new {
        m::routines_make_own()
    } else {
        m::routines_editor_change()
    });
    let stages = Stage::ALL;
    view! {
        <section class="page editor">
            <A href=href("/routines") attr:class="back">{t(m::routines_back())}</A>
            <h1>{title}</h1>
            <form on:submit=save novalidate>
                <label class="field">
                    <span>{t(m::routines_editor_name())}</span>
                    <input
                        type="text"
                        maxlength=custom::MAX_NAME
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </label>
                <label class="field">
                    <span>{t(m::routines_editor_stage())}</span>
                    <select on:change=move |ev| {
                        if let Some(s) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| stages.get(i)) {
                            stage.set(*s);
                        }
                    }>
                        {stages.iter().enumerate().map(|(i, s)| {
                            let s = *s;
                            view! { <option value=i selected=move || stage.get() == s>{t(s.label_msg())}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{t(m::routines_editor_note())}" "<span class="muted">{t(m::routines_optional())}</span></span>
                    <textarea
                        rows="2"
                        maxlength=custom::MAX_NOTE
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))
                    ></textarea>
                </label>

                <h2 id="editor-items" tabindex="-1">{t(m::routines_editor_exercises())}</h2>
                <p class="muted">{estimate}</p>
                <ol class="edit-items" aria-labelledby="editor-items">
                    <For each=move || items.get() key=|i| i.key let:item>
                        <ItemRow item items on_move=move_item on_remove=remove />
                    </For>
                </ol>
                <p class="visually-hidden" aria-live="polite">{move || announce.get()}</p>

                <Show
                    when=move || picking.get()
                    fallback=move || view! {
                        <button type="button" class="button wide" on:click=move |_| picking.set(true)>
                            {t(m::routines_editor_add())}
                        </button>
                    }
                >
                    <Picker on_add=add on_done=move || picking.set(false) count=Signal::derive(move || items.with(Vec::len)) />
                </Show>

                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                <div class="actions">
                    <button type="submit" class="button primary big">{t(m::routines_editor_save())}</button>
                    <A href=href("/routines") attr:class="button">{t(m::routines_editor_cancel())}</A>
                </div>
            </form>
        </section>
    }
}

/// Once the list has been redrawn, focus the element `id`, or `fallback` if `id` has just
/// become disabled (an "Up" button at the top of the list).
fn focus_later(id: String, fallback: String) {
    request_animation_frame(move || {
        let find = |id: &str| {
            document()
                .get_element_by_id(id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        let usable = find(&id).filter(|el| !el.has_attribute("disabled"));
        if let Some(el) = usable.or_else(|| find(&fallback)) {
            let _ = el.focus();
        }
    });
}

/// The list position the pointer is over, from the rows' places on screen.
fn index_at(y: f64) -> Option<usize> {
    let rows = document().query_selector_all(".edit-items > li").ok()?;
    let mut index = 0;
    for i in 0..rows.length() {
        let row = rows.item(i)?.dyn_into::<web_sys::Element>().ok()?;
        let rect = row.get_bounding_client_rect();
        if y > rect.top() + rect.height() / 2.0 {
            index = i as usize + 1;
        }
    }
    Some(index)
}

#[component]
fn ItemRow(
    item: EditItem,
    items: RwSignal<Vec<EditItem>>,
    #[prop(into)] on_move: Callback<(u32, usize)>,
    #[prop(into)] on_remove: Callback<u32>,
) -> impl IntoView {
    let key = item.key;
    let ex = item.exercise;
    let position = move || items.with(|l| l.iter().position(|i| i.key == key).unwrap_or(0));
    let count = move || items.with(Vec::len);
    let move_to = move |to: usize, focus: &'static str| {
        on_move.run((key, to));
        focus_later(format!("{focus}-{key}"), format!("handle-{key}"));
    };
    let dragging = RwSignal::new(false);
    // While dragging, the pointer is followed on the window: the row itself moves in the
    // page as it is reordered, which would end a pointer capture on the handle.
    let listeners = StoredValue::new_local(Vec::<WindowListenerHandle>::new());
    // `try_`: this also runs when the row is removed, as its signals are being dropped. Only
    // a drag in progress is ended: setting the signal then would wake the row's class
    // binding just as it goes.
    let stop_drag = move || {
        if dragging.try_get_untracked() == Some(true) {
            let _ = dragging.try_set(false);
        }
        let _ = listeners.try_update_value(|l| l.drain(..).for_each(WindowListenerHandle::remove));
    };
    let start_drag = move || {
        stop_drag();
        dragging.set(true);
        let follow = window_event_listener(leptos::ev::pointermove, move |ev| {
            if let Some(target) = index_at(f64::from(ev.client_y())) {
                let from = position();
                // Past its own slot, the row counts itself once.
                let to = if target > from { target - 1 } else { target };
                if to != from {
                    on_move.run((key, to));
                }
            }
        });
        let up = window_event_listener(leptos::ev::pointerup, move |_| stop_drag());
        let cancel = window_event_listener(leptos::ev::pointercancel, move |_| stop_drag());
        listeners.update_value(|l| l.extend([follow, up, cancel]));
    };
    on_cleanup(stop_drag);
    let (amount_label, amount_hint) = match ex.dose.work {
        Work::Reps { .. } => (t(m::routines_editor_reps()), None),
        Work::Hold { .. } => (t(m::routines_editor_hold()), None),
        Work::Timed { .. } => (
            t(m::routines_editor_minutes()),
            Some(t(m::routines_editor_one_bout())),
        ),
    };
    let name = t(ex.title());
    let timed = matches!(ex.dose.work, Work::Timed { .. });
    let title_id = format!("item-title-{key}");
    let number = move |label: String, value: RwSignal<String>, id: String| {
        view! {
            <label class="field small-field">
                <span>{label}</span>
                <input
                    aria-describedby=title_id.clone()
                    id=id
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    size="4"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </label>
        }
    };
    view! {
        <li class="edit-item" class:dragging=move || dragging.get()>
            <div class="edit-item-head">
                <button
                    type="button"
                    class="handle"
                    id=format!("handle-{key}")
                    aria-label=move || t(m::routines_editor_handle(ex.title(), position() + 1, count()))
                    on:keydown=move |ev| {
                        match ev.key().as_str() {
                            "ArrowUp" if position() > 0 => {
                                ev.prevent_default();
                                move_to(position() - 1, "handle");
                            }
                            "ArrowDown" if position() + 1 < count() => {
                                ev.prevent_default();
                                move_to(position() + 1, "handle");
                            }
                            _ => {}
                        }
                    }
                    on:pointerdown=move |ev| {
                        ev.prevent_default();
                        start_drag();
                    }
                >
                    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                        <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                    </svg>
                </button>
                <h3 id=format!("item-title-{key}")>
                    <span class="position">{move || format!("{}. ", position() + 1)}</span>
                    {name.clone()}
                </h3>
            </div>
            <div class="dose-fields">
                {number(amount_label, item.amount, format!("amount-{key}"))}
                {(!timed).then(|| number(t(m::routines_editor_sets()), item.sets, format!("sets-{key}")))}
                {(!timed).then(|| number(t(m::routines_editor_rest()), item.rest, format!("rest-{key}")))}
            </div>
            {amount_hint.map(|h| view! { <p class="muted small">{h}</p> })}
            <div class="actions row-actions">
                <button
                    type="button"
                    class="button small"
                    id=format!("up-{key}")
                    disabled=move || position() == 0
                    aria-label=t(m::routines_editor_up_label(ex.title()))
                    on:click=move |_| move_to(position().saturating_sub(1), "up")
                >
                    {t(m::routines_editor_up())}
                </button>
                <button
                    type="button"
                    class="button small"
                    id=format!("down-{key}")
                    disabled=move || { position() + 1 >= count() }
                    aria-label=t(m::routines_editor_down_label(ex.title()))
                    on:click=move |_| move_to(position() + 1, "down")
                >
                    {t(m::routines_editor_down())}
                </button>
                <button
                    type="button"
                    class="button small"
                    aria-label=t(m::routines_editor_remove_label(ex.title()))
                    on:click=move |_| on_remove.run(key)
                >
                    {t(m::routines_editor_remove())}
                </button>
            </div>
        </li>
    }
}

/// Search the library and add exercises, one tap each.
#[component]
fn Picker(
    #[prop(into)] on_add: Callback<&'static Exercise>,
    #[prop(into)] on_done: Callback<()>,
    /// Exercises in the routine so far.
    count: Signal<usize>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    // The names are searched as the person reads them.
    let shown = move || {
        let q = query.get();
        let mut list = catalog::exercises_matching(&ExerciseFilter::default());
        list.retain(|ex| name_matches(&t(ex.title()), &q));
        list
    };
    view! {
        <div class="card picker" role="region" aria-labelledby="picker-title">
            <h3 id="picker-title">{t(m::routines_picker_title())}</h3>
            <label class="field">
                <span>{t(m::routines_picker_search())}</span>
                <input
                    type="search"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </label>
            <ul class="picker-list">
                <For each=shown key=|ex| ex.id let:ex>
                    <li>
                        <span>
                            <strong>{t(ex.title())}</strong>
                            <span class="muted small">" · "{t(ex.sides.dose_msg(ex.dose))}</span>
                        </span>
                        <button
                            type="button"
                            class="button small"
                            aria-label=t(m::routines_picker_add_label(ex.title()))
                            on:click=move |_| on_add.run(ex)
                        >
                            {t(m::routines_picker_add())}
                        </button>
                    </li>
                </For>
            </ul>
            <button type="button" class="button wide" on:click=move |_| on_done.run(())>
                {move || t(match count.get() {
                    0 => m::routines_picker_done(),
                    n => m::routines_picker_done_count(n),
                })}
            </button>
        </div>
    }
}
