//! "Your data" on the Settings screen: backup, import, CSV, and deleting everything.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::backup::{self, Extras, ImportError, Preview};
use crate::domain::catalog;
use crate::domain::history::SessionRecord;
use crate::domain::{keep, words};
use crate::platform::clock;
use crate::platform::files;
use crate::platform::persist::Persistence;
use crate::platform::share::{self, Shared};
use crate::state::{
    use_body, use_copies, use_history, use_install, use_plan, use_prefs, use_routines, Copies,
    History,
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
        if ok {
            "Backup saved. Keep it somewhere safe, like your email or cloud storage.".into()
        } else {
            "Your browser wouldn't save the file.".into()
        },
    )
}

/// Keep a copy the quickest way this device has: its share sheet where that can take the
/// file (on a phone: Save to Files, mail it to yourself…), else a download. Counts as a copy
/// only once the sheet took it or the download started. `done` gets what to tell the person,
/// (kept, message), or `None` if they closed the sheet without choosing.
pub fn keep_copy(done: impl FnOnce(Option<(bool, &'static str)>) + 'static) {
    let (name, text) = backup_file();
    // Taken now: after the share sheet answers, the component's context is out of reach.
    let copies = use_copies();
    let downloaded = move |name: &str, text: &str| {
        if download_backup(copies, name, text) {
            (true, keep::kept(false))
        } else {
            (false, keep::NOT_SAVED)
        }
    };
    match share::share_file(&name, BACKUP_MIME, &text, "Limber backup") {
        None => done(Some(downloaded(&name, &text))),
        Some(sheet) => {
            leptos::task::spawn_local(async move {
                done(match sheet.await {
                    Shared::Done => {
                        copies.copied();
                        Some((true, keep::kept(true)))
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
            backup::sessions_csv(s, |id| {
                catalog::exercise(id).map_or(id.to_string(), |e| e.name.to_string())
            })
        });
        files::download(
            &format!("limber-sessions-{}.csv", today_iso()),
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
            .and_then(|()| body.import(&[], true));
        deleted.set(Some(match done {
            Ok(()) => (
                true,
                format!(
                    "Deleted {} from this device.",
                    words::count(n as u64, words::SESSION)
                ),
            ),
            Err(e) => (false, format!("Not everything was deleted: {e}")),
        }));
    };

    view! {
        <div class="card">
            <h2>"Keep a copy"</h2>
            <p>
                "Everything stays on this device, in this browser. There is no account and nothing is sent anywhere. "
                {move || match count() {
                    0 => "No sessions are saved here yet.".to_string(),
                    1 => "1 session is saved here.".to_string(),
                    n => format!("{} are saved here.", words::count(n as u64, words::SESSION)),
                }}
            </p>
            {move || match history.persistence().get() {
                Some(Persistence::Kept) => view! {
                    <p class="small muted">"Your browser has agreed to keep this data even when space runs low."</p>
                }.into_any(),
                // On an iPhone or iPad the lasting fix is the home screen, with a copy first.
                _ if ios => view! {
                    <p class="small">{keep::INSTALL_LASTING_FIX}</p>
                    <p class="small"><strong>{keep::INSTALL_HOW}</strong></p>
                }.into_any(),
                Some(Persistence::MayBeCleared) => view! {
                    <p class="small muted">"Your browser may clear this data if space runs low or after weeks without use, so export a backup now and then."</p>
                }.into_any(),
                Some(Persistence::Unknown) | None => view! {
                    <p class="small muted">"Browsers can clear site data after long disuse, so export a backup now and then."</p>
                }.into_any(),
            }}
            <p class="last-copy">{move || keep::last_copy(copies.log.with(|l| l.last))}</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=export>"Export backup"</button>
                <button type="button" class="button" on:click=export_csv>"Export CSV"</button>
            </div>
            {message_view(message)}
        </div>
        <div class="card">
            <h2>"Import a backup"</h2>
            <p class="small muted">"Open a backup saved from Limber, on this device or another one. You see what is in it before anything changes."</p>
            <ImportBackup />
        </div>
        <div class="card">
            <h2>"Delete everything"</h2>
            <Show
                when=move || confirm_delete.get()
                fallback=move || view! {
                    <button type="button" class="button danger" on:click=move |_| confirm_delete.set(true)>"Delete all my data"</button>
                }
            >
                <div class="card confirm" role="group" aria-label="Confirm delete">
                    <p class="error">
                        {move || format!("This deletes {} and their notes, your own routines and your weight log from this device. Your plan and settings stay. It can't be undone. Export a backup first if you might want them.", words::count(count() as u64, words::SESSION))}
                    </p>
                    <div class="actions">
                        <button type="button" class="button danger" on:click=delete_all>"Yes, delete everything"</button>
                        <button type="button" class="button" on:click=move |_| confirm_delete.set(false)>"Keep my data"</button>
                    </div>
                </div>
            </Show>
            {message_view(deleted)}
        </div>
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
            message.set(Some((false, e.to_string())));
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
                Err(e) => message.set(Some((false, e.to_string()))),
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
                plan.import(history, extras, replace)
                    .err()
                    .or(routines)
                    .or(weight)
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
            Ok(Some(problem)) => (
                false,
                format!(
                    "Your sessions were imported, but {problem}. Try importing the file again."
                ),
            ),
            Ok(None) if replace => (
                true,
                format!(
                    "Done: your history now holds the {} from the file.",
                    words::count(p.preview.total as u64, words::SESSION)
                ),
            ),
            Ok(None) => (
                true,
                format!(
                    "Done: {} added.",
                    words::count(p.preview.new as u64, words::NEW_SESSION)
                ),
            ),
            Err(e) => (false, format!("Nothing was changed: {e}")),
        }));
    };

    view! {
        <label class="file-pick">
            <span>"Choose a backup file (.json)"</span>
            <input type="file" accept=".json,application/json" on:change=on_file />
        </label>
        {move || pending.get().map(|p| view! {
            <div class="card confirm" role="group" aria-label="Import preview">
                <p><strong>{format!("In the file: {}.", p.preview.summary())}</strong></p>
                {p.extras.as_ref().and_then(Extras::summary).map(|more| view! {
                    <p class="small">{format!("Also {more}.")}</p>
                })}
                {(p.preview.conflicts > 0).then(|| view! {
                    <p class="small">"Conflicts are sessions with the same id but different details; adding keeps one version of each."</p>
                })}
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| finish_import(false)>"Add to my history"</button>
                    <button type="button" class="button" on:click=move |_| confirm_replace.set(true)>"Replace my history"</button>
                    <button type="button" class="link-button" on:click=move |_| pending.set(None)>"Cancel"</button>
                </div>
                <Show when=move || confirm_replace.get()>
                    <p class="error">
                        {move || format!("This deletes the {} on this device and keeps only the {} from the file.", words::count(count() as u64, words::SESSION), p.preview.total)}
                        {p.extras.as_ref().and_then(Extras::summary).map(|more| format!(" It also replaces {more} with the file's."))}
                    </p>
                    <button type="button" class="button danger" on:click=move |_| finish_import(true)>"Yes, replace"</button>
                </Show>
            </div>
        })}
        {message_view(message)}
    }
}
