//! Today's row for the course (`pages::today` for a first visit, `pages::learn` for the rest).

use leptos::prelude::*;

use crate::components::link::A;
use crate::components::row_icon::row_icon;
use crate::domain::i18n::Msg;
use crate::state::t;

/// Today's row for the course: the line above, the lesson's title, and where it leads.
#[component]
pub fn LessonRow(above: Msg, title: Msg, href: String) -> impl IntoView {
    view! {
        <li class="today-row">
            <A href=href attr:class="row-link learn-teaser">
                {row_icon("learn")}
                <span class="row-text">
                    <span class="eyebrow">{t(above)}</span>
                    <strong>{t(title)}</strong>
                </span>
                <span class="chevron" aria-hidden="true">"›"</span>
            </A>
        </li>
    }
}
