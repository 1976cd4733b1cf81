//! The `records` chunk: history, insights, the report, logging an activity, "Why this level",
//! and two pieces of Today: the weekly check-in and the morning check.

use leptos::prelude::*;

use crate::domain::i18n::Msg;
use crate::domain::plan::Profile;
use crate::pages::checkin::CheckInCard;
use crate::pages::morning::MorningCheck;
use crate::pages::{
    history::History, insights::Insights, log_activity::LogActivity, report::Report,
    session_detail::SessionDetail, why::WhyThisLevel,
};

piece!(check_in, split_check_in, records, CheckInCard, profile: Profile, on_saved: Callback<()>);
piece!(morning_check, split_morning_check, records, MorningCheck, session_id: String, on_done: Callback<Option<Msg>>);

screen!(history, split_history, records, History);
screen!(session_detail, split_session_detail, records, SessionDetail);
screen!(insights, split_insights, records, Insights);
screen!(report, split_report, records, Report);
screen!(log_activity, split_log_activity, records, LogActivity);
screen!(why, split_why, records, WhyThisLevel);
