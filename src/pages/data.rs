//! "Your data" on the Settings screen: backup, import, CSV, and deleting everything.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::backup::{self, Extras, ImportError, Preview};
use crate::domain::catalog;
use crate::domain::history::SessionRecord;
use crate::domain::i18n::{messages as m, Msg};
use crate::domain::keep;
use crate::platform::clock;
use crate::platform::files;
use crate::platform::persist::Persistence;
use crate::platform::share::{self, Shared};
use crate::state::{
    t, use_body, use_copies, use_course, use_history, use_install, use_plan, use_prefs,
    use_routines, Copies, History,
};

/// A file that passed every check, waiting for the person to choose merge or replace.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    sessions: Vec<SessionRecord>,
    preview: Preview,
    /// The plan, check-ins and settings, from files that have them.
    extras: Option<Extras>,
}

fn today_iso() -> String {
    clock::today().iso()
}

const BACKUP_MIME: &str = "application/json";

/// The whole device's backup: its file name and its text.
fn backup_file() -> (String, String) {
    let history = use_history();
    let plan = use_plan();
    let extras = Extras {
        plan: plan.profile.get_untracked(),
        checkins: plan.checkins.get_untracked(),
        settings: Some(use_prefs().settings.get_untracked()),
        routines: use_routines().own.get_untracked(),
        weight: use_body().entries.get_untracked(),
        safety: plan.safety.get_untracked(),
        course: use_course().course.get_untracked(),
    };
    let text = history
        .sessions
        .with_untracked(|s| History::backup_text(s, Some(&extras)));
    (format!("limber-backup-{}.json", today_iso()), text)
}

/// Download the backup file; a download started counts as a copy kept.
fn download_backup(copies: Copies, name: &str, text: &str) -> bool {
    let ok = files::download(name, BACKUP_MIME, text);
    if ok {
        copies.copied();
    }
    ok
}

/// Save the whole history as a backup file. Returns what to tell the person: (saved, message).
pub fn export_backup() -> (bool, String) {
    let (name, text) = backup_file();
    let ok = download_backup(use_copies(), &name, &text);
    (
        ok,
        t(if ok {
            m::more_backup_saved()
        } else {
            m::more_backup_not_saved()
        }),
    )
}

/// Keep a copy the quickest way this device has: its share sheet where that can take the
/// file (on a phone: Save to Files, mail it to yourself…), else a download. Counts as a copy
/// only once the sheet took it or the download started. `done` gets what to tell the person,
/// (kept, message), or `None` if they closed the sheet without choosing.
pub fn keep_copy(done: impl FnOnce(Option<(bool, Msg)>) + 'static) {
    let (name, text) = backup_file();
    // Taken now: after the share sheet answers, the component's context is out of reach.
    let copies = use_copies();
    let downloaded = move |name: &str, text: &str| {
        if download_backup(copies, name, text) {
            (true, keep::kept_msg(false))
        } else {
            (false, keep::not_saved())
        }
    };
    match share::share_file(&name, BACKUP_MIME, &text, &t(m::more_backup_share_title())) {
        None => done(Some(downloaded(&name, &text))),
        Some(sheet) => {
            leptos::task::spawn_local(async move {
                done(match sheet.await {
                    Shared::Done => {
                        copies.copied();
                        Some((true, keep::kept_msg(true)))
                    }
                    Shared::Closed => None,
                    // The sheet couldn't take it after all: a download still can.
                    Shared::Failed => Some(downloaded(&name, &text)),
                })
            });
        }
    }
}

/// A status line: green and polite when all went well, red and assertive when not.
pub fn message_view(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    move || {
        message.get().map(|(ok, text)| {
            view! {
                <p class=if ok { "ok" } else { "error" } role=if ok { "status" } else { "alert" }>{text}</p>
            }
        })
    }
}

#[component]
pub fn DataSection() -> impl IntoView {
    let history = use_history();
    let count = move || history.sessions.with(Vec::len);
    let message = RwSignal::new(None::<(bool, String)>);
    let deleted = RwSignal::new(None::<(bool, String)>);
    let confirm_delete = RwSignal::new(false);
    let copies = use_copies();
    let ios = use_install().ios_in_browser();

    let export = move |_| message.set(Some(export_backup()));
    let export_csv = move |_| {
        let text = history.sessions.with_untracked(|s| {
            backup::sessions_csv_in(
                s,
                |id| catalog::exercise(id).map_or(id.to_string(), |e| t(e.title())),
                t,
            )
        });
        files::download(
            &format!("limber-sessions-{}.csv", today_iso()),
            "text/csv",
            &text,
        );
    };

    let course = use_course();
    let export_course_csv = move |_| {
        let text = course
            .course
            .with_untracked(|c| backup::course_csv_in(c, t));
        files::download(
            &format!("limber-course-{}.csv", today_iso()),
            "text/csv",
            &text,
        );
    };

    let own_routines = use_routines();
    let body = use_body();
    let delete_all = move |_| {
        let n = count();
        confirm_delete.set(false);
        message.set(None);
        let done = history
            .replace_all(&[])
            .and_then(|()| own_routines.import(&[], true))
            .and_then(|()| body.import(&[], true))
            .and_then(|()| course.import(&Default::default(), true));
        deleted.set(Some(match done {
            Ok(()) => (true, t(m::more_deleted(n))),
            Err(e) => (false, t(m::more_delete_partly(e))),
        }));
    };

    view! {
        <div class="card">
            <h2>{t(m::more_keep_title())}</h2>
            <p>
                {t(m::more_keep_private())}
                " "
                {move || t(m::more_saved_count(count()))}
            </p>
            {move || match history.persistence().get() {
                Some(Persistence::Kept) => view! {
                    <p class="small muted">{t(m::more_persist_kept())}</p>
                }.into_any(),
                // On an iPhone or iPad the lasting fix is the home screen, with a copy first.
                _ if ios => view! {
                    <p class="small">{t(keep::install_lasting_fix())}</p>
                    <p class="small"><strong>{t(keep::install_how())}</strong></p>
                }.into_any(),
                Some(Persistence::MayBeCleared) => view! {
                    <p class="small muted">{t(m::more_persist_may_clear())}</p>
                }.into_any(),
                Some(Persistence::Unknown) | None => view! {
                    <p class="small muted">{t(m::more_persist_unknown())}</p>
                }.into_any(),
            }}
            <p class="last-copy">{move || t(keep::last_copy_msg(copies.log.with(|l| l.last)))}</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=export>{t(m::more_export())}</button>
                <button type="button" class="button" on:click=export_csv>{t(m::more_export_csv())}</button>
                <Show when=move || course.course.with(|c| !c.is_empty())>
                    <button type="button" class="button" on:click=export_course_csv>{t(m::more_export_course_csv())}</button>
                </Show>
            </div>
            {message_view(message)}
        </div>
        <div class="card">
            <h2>{t(m::more_import_title())}</h2>
            <p class="small muted">{t(m::more_import_hint())}</p>
            <ImportBackup />
        </div>
        <div class="card">
            <h2>{t(m::more_delete_title())}</h2>
            <Show
                when=move || confirm_delete.get()
                fallback=move || view! {
                    <button type="button" class="button danger" on:click=move |_| confirm_delete.set(true)>{t(m::more_delete_all())}</button>
                }
            >
                <div class="card confirm" role="group" aria-label=t(m::more_delete_group())>
                    <p class="error">
                        {move || t(m::more_delete_confirm(count()))}
                    </p>
                    <div class="actions">
                        <button type="button" class="button danger" on:click=delete_all>{t(m::more_delete_yes())}</button>
                        <button type="button" class="button" on:click=move |_| confirm_delete.set(false)>{t(m::more_delete_keep())}</button>
                    </div>
                </div>
            </Show>
            {message_view(deleted)}
        </div>
    }
}

/// Today's offer on an iPhone or iPad home screen, whose storage starts empty: bring in a
/// backup, or start afresh (a piece of Today, with the backup code; it saves a setting, so
/// the first load carries no code that writes storage).
#[component]
pub fn RestoreOffer() -> impl IntoView {
    let prefs = use_prefs();
    let history = use_history();
    let done = move |_| prefs.update(history, |s| s.restore_offer_done = true);
    view! {
        <h2 id="restore-title">{t(m::today_restore_title())}</h2>
        <p>{t(m::today_restore_text())}</p>
        <p>{t(m::today_restore_how())}</p>
        <ImportBackup on_done=Callback::new(|()| ()) />
        <button type="button" class="link-button" on:click=done>{t(m::today_restore_new())}</button>
    }
}

/// Choose a backup file, see what is in it, then add it to the history or replace the history.
/// Nothing changes until the person says which.
#[component]
pub fn ImportBackup(
    /// Called after a file has been imported.
    #[prop(optional, into)]
    on_done: Option<Callback<()>>,
) -> impl IntoView {
    let history = use_history();
    let plan = use_plan();
    let own_routines = use_routines();
    let course = use_course();
    let body = use_body();
    let prefs = use_prefs();
    let count = move || history.sessions.with(Vec::len);
    let pending = RwSignal::new(None::<Pending>);
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm_replace = RwSignal::new(false);

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = files::chosen_file(&input) else {
            return;
        };
        // Clear the picker so choosing the same file again still counts as a change.
        input.set_value("");
        pending.set(None);
        message.set(None);
        if let Err(e) = backup::check_file(&file.name(), file.size() as u64) {
            message.set(Some((false, t(e.msg()))));
            return;
        }
        leptos::task::spawn_local(async move {
            let result = match files::read_text(&file).await {
                Ok(text) => History::read_backup(&text)
                    .and_then(|sessions| Ok((sessions, backup::parse_extras(&text)?))),
                Err(_) => Err(ImportError::NotJson),
            };
            match result {
                Ok((sessions, extras)) => {
                    let preview = history
                        .sessions
                        .with_untracked(|current| Preview::of(current, &sessions));
                    pending.set(Some(Pending {
                        sessions,
                        preview,
                        extras,
                    }));
                }
                Err(e) => message.set(Some((false, t(e.msg())))),
            }
        });
    };

    let finish_import = move |replace: bool| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        // A device with nothing on it yet (a new phone, the home-screen app) takes the
        // file's settings too; otherwise the settings here are kept unless replacing.
        let fresh = count() == 0 && plan.profile.with_untracked(Option::is_none);
        let result = if replace {
            history.replace_all(&p.sessions)
        } else {
            history.merge_in(&p.sessions)
        }
        // Sessions first, as they matter most; then the rest, and say exactly what happened.
        .map(|()| match &p.extras {
            Some(extras) => {
                if let (true, Some(settings)) = (replace || fresh, &extras.settings) {
                    let settings = settings.clone();
                    prefs.update(history, move |s| *s = settings);
                }
                let routines = (!extras.routines.is_empty())
                    .then(|| own_routines.import(&extras.routines, replace).err())
                    .flatten();
                let weight = (!extras.weight.is_empty())
                    .then(|| body.import(&extras.weight, replace).err())
                    .flatten();
                let lessons = (!extras.course.is_empty())
                    .then(|| course.import(&extras.course, replace).err())
                    .flatten();
                plan.import(history, extras, replace)
                    .err()
                    .or(routines)
                    .or(weight)
                    .or(lessons)
            }
            None => None,
        });
        // Importing can close the card that holds this (the home-screen restore offer goes
        // once there is history), so from here on its own signals may be gone: `try_` writes.
        pending.try_set(None);
        confirm_replace.try_set(false);
        if result.is_ok() {
            if let Some(done) = on_done {
                done.try_run(());
            }
        }
        message.try_set(Some(match result {
            Ok(Some(problem)) => (false, t(m::more_import_partly(problem))),
            Ok(None) if replace => (true, t(m::more_import_replaced(p.preview.total))),
            Ok(None) => (true, t(m::more_import_added(p.preview.new))),
            Err(e) => (false, t(m::more_import_nothing_changed(e))),
        }));
    };

    view! {
        <label class="file-pick">
            <span>{t(m::more_import_choose())}</span>
            <input type="file" accept=".json,application/json" on:change=on_file />
        </label>
        {move || pending.get().map(|p| view! {
            <div class="card confirm" role="group" aria-label=t(m::more_import_preview())>
                <p><strong>{t(p.preview.summary())}</strong></p>
                {p.extras.as_ref().and_then(Extras::summary).map(|more| view! {
                    <p class="small">{t(m::more_import_also(more))}</p>
                })}
                {(p.preview.conflicts > 0).then(|| view! {
                    <p class="small">{t(m::more_import_conflicts())}</p>
                })}
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| finish_import(false)>{t(m::more_import_add())}</button>
                    <button type="button" class="button" on:click=move |_| confirm_replace.set(true)>{t(m::more_import_replace())}</button>
                    <button type="button" class="link-button" on:click=move |_| pending.set(None)>{t(m::more_cancel())}</button>
                </div>
                <Show when=move || confirm_replace.get()>
                    <p class="error">
                        {move || t(m::more_import_replace_confirm(count(), p.preview.total))}
                        {p.extras.as_ref().and_then(Extras::summary).map(|more| format!(" {}", t(m::more_import_replace_also(more))))}
                    </p>
                    <button type="button" class="button danger" on:click=move |_| finish_import(true)>{t(m::more_import_replace_yes())}</button>
                </Show>
            </div>
        })}
        {message_view(message)}
    }
}
