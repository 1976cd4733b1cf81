### The report for a physiotherapist, Insights and its charts.
### The report is read by a clinician: it says "they", not "you".

## Dates on the report carry their year.
# Variables:
#   $date (Date) - a day, with its year ("Wed 25 Nov 2026")
report-date = { $date }
# Variables:
#   $from (String) - the first day, with its year
#   $to (String) - the last day, with its year
report-range = { $from } to { $to }

## The page around the summary.
report-title = Exercise report
report-from-limber = From Limber: general self-help exercise for low back pain.
report-field-from = From
report-field-to = To
report-include-notes = Include my notes
report-include-weight = Include my weight
report-print = Print or save as PDF
report-pdf-hint = To save a PDF, choose Print, then Save as PDF as the printer.
# Variables:
#   $from (String) - the first day, with its year
#   $to (String) - the last day, with its year
report-header = Recorded by the person themselves · { $from } to { $to }
report-no-sessions-yet = No sessions recorded yet.
report-no-sessions-in-dates = No sessions in these dates.
# Variables:
#   $count (Number) - sessions in the dates chosen
#   $first (String) - the first session's day, with its year
#   $last (String) - the last session's day, with its year
report-sessions-from-to = { $count ->
    [one] { $count } session from { $first } to { $last }.
   *[other] { $count } sessions from { $first } to { $last }.
}
# Variables:
#   $count (Number) - how many of them were logged by hand
report-logged = { $count ->
    [one] { $count } of them is a walk, swim or ride logged by hand.
   *[other] { $count } of them are walks, swims or rides logged by hand.
}
report-every-session = Every session
report-column-date = Date
report-column-routine = Routine
report-column-time = Time
report-column-next-morning = Next morning
report-column-skipped = Skipped
report-column-eased = Eased
# Variables:
#   $routine (String) - what was done (a routine or activity's name)
report-logged-activity = { $routine } (logged)
# Variables:
#   $routine (String) - the activity's name
#   $distance (String) - how far, with its unit ("2.5 km")
report-logged-distance = { $routine } (logged, { $distance })
# Variables:
#   $routine (String) - a routine's name
report-code-label = QR code that opens { $routine } in Limber
report-codes-hint = Scan with a phone's camera to open the routine in Limber.

## Section headings of page one.
report-section-started = Where they started and now
report-section-activities = Their own activities
report-section-adherence = Sessions against the plan
report-section-pain = Pain and the next morning
report-section-flares = Flare-ups and warning signs
report-section-programme = The programme now
report-section-notes = Notes

## Where they started and now.
# Variables:
#   $date (String) - the day of the first-run answers, with its year
#   $pain (Number) - pain then, 0 to 10
report-start-pain = At the start ({ $date }), pain was { $pain } out of 10.
# Variables:
#   $duration (String) - how long the pain had lasted: under-six-weeks, longer or keeps-coming-back
#   $activity (String) - how active they were: little, some or active
report-start-history = How long it had lasted: { $duration ->
    [under-six-weeks] less than 6 weeks
    [keeps-coming-back] it keeps coming back
   *[longer] longer than 6 weeks
}. How active they were: { $activity ->
    [little] hardly at all at the moment
    [active] active most days
   *[some] some walking and everyday jobs
}.
report-start-unanswered = The first-run questions weren't answered on this device.
# Variables:
#   $pain (Number) - the latest pain, 0 to 10
#   $date (String) - its day, with its year
report-latest-check-in = Latest: pain { $pain } out of 10 (at a weekly check-in on { $date }).
# Variables:
#   $pain (Number) - the latest pain, 0 to 10
#   $date (String) - its day, with its year
report-latest-session = Latest: pain { $pain } out of 10 (before a session on { $date }).
# Variables:
#   $points (Number) - how many points lower
report-change-lower = { $points ->
    [one] That is { $points } point lower than at the start.
   *[other] That is { $points } points lower than at the start.
}
# Variables:
#   $points (Number) - how many points higher
report-change-higher = { $points ->
    [one] That is { $points } point higher than at the start.
   *[other] That is { $points } points higher than at the start.
}
report-change-same = That is the same as at the start.
report-no-pain = No pain score recorded since the start.
# Variables:
#   $trend (String) - the weight's change, a sentence ("Down 1.5 kg since 15 Dec 2026.")
report-weight = Body weight: { $trend }
report-weight-too-few = Body weight: not enough entries in this period for a trend.

## Their own activities (named by the person, rated 0 to 10).
report-activities-none = No everyday activities were named at the start.
report-activities-scale-only = Rated from 0 (can't do it) to 10 (no trouble at all) at the start; no weekly check-ins since.
# Variables:
#   $count (Number) - weekly check-ins since the start
report-activities-scale = { $count ->
    [one] Rated from 0 (can't do it) to 10 (no trouble at all) at the start and in { $count } weekly check-in.
   *[other] Rated from 0 (can't do it) to 10 (no trouble at all) at the start and in { $count } weekly check-ins.
}
# Variables:
#   $name (String) - the activity, as the person wrote it
#   $first (Number) - its rating at the start
#   $latest (Number) - its latest rating
#   $date (String) - the day of the latest rating, with its year
#   $how (String) - easier, harder or same
report-activity-change = { $how ->
    [easier] { $name }: { $first } at the start, { $latest } on { $date } (easier).
    [harder] { $name }: { $first } at the start, { $latest } on { $date } (harder).
   *[same] { $name }: { $first } at the start, { $latest } on { $date } (about the same).
}
# Variables:
#   $name (String) - the activity, as the person wrote it
#   $first (Number) - its rating at the start
report-activity-not-again = { $name }: { $first } at the start; not rated again.
# Variables:
#   $name (String) - the activity, as the person wrote it
report-activity-not-rated = { $name }: not rated.
report-change-chart-at-start = At the start
report-change-chart-latest = Latest
report-change-chart-activity = Activity
report-change-chart-rating = Rating

## Sessions against the plan: the table.
report-column-week = Week of
report-column-sessions = Sessions done / planned
report-column-walking = Walking minutes / target
# Variables:
#   $date (Date) - the week's first day
report-week = { $date }
# Variables:
#   $date (Date) - the week's first day
report-week-so-far = { $date } (so far)
# Variables:
#   $done (Number) - sessions done
#   $planned (Number) - sessions planned
report-cell-sessions = { $done } / { $planned }
# Variables:
#   $done (Number) - sessions done, with none planned
report-cell-sessions-unplanned = { $done } / –
# Variables:
#   $walked (Number) - minutes walked
#   $target (Number) - the week's target in minutes
report-cell-walking = { $walked } / { $target } min
# Variables:
#   $walked (Number) - minutes walked, with no target that week
report-cell-walked = { $walked } min
report-cell-none = –

## Sessions against the plan: the sentences.
# Variables:
#   $sessions (Number) - sessions done
#   $weeks (Number) - weeks in the table
report-no-plan = No plan was set up, so nothing was planned: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} done over { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.
# Variables:
#   $done (Number) - sessions done
report-nothing-planned = { $done ->
    [one] Nothing was planned in the weeks already over: { $done } session done.
   *[other] Nothing was planned in the weeks already over: { $done } sessions done.
}
# Variables:
#   $weeks (Number) - weeks already over
#   $done (Number) - sessions done in them
#   $planned (Number) - sessions planned in them
#   $percent (Number) - done as a percentage of planned
report-adherence = In the { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} already over: { $done ->
    [one] { $done } session
   *[other] { $done } sessions
} done, against { $planned ->
    [one] { $planned } planned session
   *[other] { $planned } planned sessions
} ({ $percent }%).
# Variables:
#   $count (Number) - walks, swims and rides
report-cardio = { $count ->
    [one] On top of these: { $count } walk, swim or ride.
   *[other] On top of these: { $count } walks, swims or rides.
}
report-walking-baseline-week = Walking programme: in its baseline week, finding a comfortable length to start from.
# Variables:
#   $walked (Number) - minutes walked
#   $target (Number) - minutes of the target
#   $weeks (Number) - weeks already over
report-walking-over = Walking, in the weeks already over: { $walked ->
    [one] { $walked } minute
   *[other] { $walked } minutes
} walked, against a target of { $target ->
    [one] { $target } minute
   *[other] { $target } minutes
} ({ $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}).

## What was eased or skipped.
report-eased-nothing = Nothing was eased or skipped in this period, and every planned day so far had its session.
report-eased-intro = Eased or skipped in this period:
# Variables:
#   $routine (String) - a routine's name
#   $count (Number) - sessions of it at an easier level
report-eased-level = { $count ->
    [one] { $routine }: done at an easier level { $count } time.
   *[other] { $routine }: done at an easier level { $count } times.
}
# Variables:
#   $exercise (String) - an exercise's name
#   $count (Number) - times it was skipped or made easier
report-eased-exercise = { $count ->
    [one] { $exercise }: skipped or made easier { $count } time.
   *[other] { $exercise }: skipped or made easier { $count } times.
}
# Variables:
#   $count (Number) - sessions stopped early
report-eased-early = { $count ->
    [one] Stopped early: { $count } session.
   *[other] Stopped early: { $count } sessions.
}
# Variables:
#   $days (String) - the days, listed, each with its year
report-eased-missed = Planned days with no session: { $days }.

## Pain and the next morning.
# Variables:
#   $before (Number) - average pain before, 0 to 10, one decimal
#   $after (Number) - average pain just after, 0 to 10, one decimal
#   $count (Number) - sessions with both answers
report-pain-average = { $count ->
    [one] Average pain before a session: { $before } out of 10; just after: { $after } (over { $count } session with both answers).
   *[other] Average pain before a session: { $before } out of 10; just after: { $after } (over { $count } sessions with both answers).
}
report-pain-no-pairs = No session in this period has pain scores both before and after.
# Variables:
#   $count (Number) - sessions where "This hurts" was used
#   $pain (Number) - the highest pain given, 0 to 10
#   $exercise (String) - the exercise it was given in
#   $date (String) - its day, with its year
report-pain-hurts = { $count ->
    [one] “This hurts” was used in { $count } session; the highest pain given was { $pain } out of 10 ({ $exercise }, { $date }).
   *[other] “This hurts” was used in { $count } sessions; the highest pain given was { $pain } out of 10 ({ $exercise }, { $date }).
}
report-pain-hurts-unused = “This hurts” wasn't used during a session in this period.
report-morning-none = No next-morning answers in this period.
# Variables:
#   $better (Number) - answers "better"
#   $same (Number) - answers "about the same"
#   $worse (Number) - answers "worse"
#   $total (Number) - all the answers
report-morning = { $total ->
    [one] The next morning, compared with before the session: { $better } better, { $same } about the same, { $worse } worse ({ $total } answer).
   *[other] The next morning, compared with before the session: { $better } better, { $same } about the same, { $worse } worse ({ $total } answers).
}

## Flare-ups and warning signs.
report-flares-none = No session in this period counted as a flare-up.
# Variables:
#   $count (Number) - sessions that counted as flare-ups
report-flares-count = Flare-ups after a session: { $count } (pain after more than 2 points above the pain before, or 8 and up; felt too hard; or worse the next morning).
## Why a session counted as a flare-up: a clause inside report-flare.
# Variables:
#   $before (Number) - pain before the session
#   $pain (Number) - pain the next morning
report-flare-reason-morning-said = it was worse the next morning, with pain at { $pain }, up from { $before }
# Variables:
#   $before (Number) - pain before the session
#   $pain (Number) - pain the next morning
report-flare-reason-morning-pain = pain was { $pain } the next morning, up from { $before }
report-flare-reason-morning = it was worse the next morning
# Variables:
#   $before (Number) - pain before the session
#   $after (Number) - pain after it
report-flare-reason-rose = pain went from { $before } to { $after }
# Variables:
#   $after (Number) - pain after the session
report-flare-reason-reached = pain reached { $after }
report-flare-reason-too-hard = it felt too hard
# Variables:
#   $date (String) - the day, with its year
#   $routine (String) - the routine's name
#   $reason (String) - why it counted (a report-flare-reason-* clause)
report-flare = { $date }, { $routine }: { $reason }.
# Variables:
#   $date (String) - the day, with its year
#   $routine (String) - the routine's name
#   $reason (String) - why it counted (a report-flare-reason-* clause)
#   $level (String) - the level it was done at the next time: easiest, easier, standard or harder
report-flare-stepped = { $date }, { $routine }: { $reason }; the next time, it was done at the { $level ->
    [easiest] easiest
    [easier] easier
    [harder] harder
   *[standard] standard
} level.
# Variables:
#   $from (String) - the day it began, with its year
#   $days (Number) - its days so far
#   $usual (Number) - their usual pain, 0 to 10
#   $highest (Number) - the highest pain during it, 0 to 10
report-flare-plan-on = { $days ->
    [one] Flare plan (the gentlest routines until the pain settles) on since { $from }, { $days } day so far; usual pain about { $usual }, highest { $highest }.
   *[other] Flare plan (the gentlest routines until the pain settles) on since { $from }, { $days } days so far; usual pain about { $usual }, highest { $highest }.
}
# Variables:
#   $from (String) - the day it began, with its year
#   $to (String) - the day it ended, with its year
#   $days (Number) - its length in days
#   $usual (Number) - their usual pain, 0 to 10
#   $highest (Number) - the highest pain during it, 0 to 10
report-flare-plan-ended = { $days ->
    [one] Flare plan (the gentlest routines until the pain settles) from { $from } to { $to }, { $days } day; usual pain about { $usual }, highest { $highest }.
   *[other] Flare plan (the gentlest routines until the pain settles) from { $from } to { $to }, { $days } days; usual pain about { $usual }, highest { $highest }.
}
report-red-flags-none = No warning signs reported in this period.
report-red-flag-checked-at-start = At the start they said a warning sign had applied and that a health professional had checked it.
# Variables:
#   $date (String) - the day of the answer, with its year
#   $cleared (String) - the day they ticked it had been checked, with its year
report-red-flag-emergency-checked = { $date }: said yes to a warning sign needing emergency help; they ticked that a health professional had checked them on { $cleared }.
# Variables:
#   $date (String) - the day of the answer, with its year
report-red-flag-emergency-open = { $date }: said yes to a warning sign needing emergency help; not yet checked, so sessions are paused.
# Variables:
#   $date (String) - the day of the answer, with its year
#   $cleared (String) - the day they ticked it had been checked, with its year
report-red-flag-soon-checked = { $date }: said yes to a warning sign needing a doctor within a day or two; they ticked that a health professional had checked them on { $cleared }.
# Variables:
#   $date (String) - the day of the answer, with its year
report-red-flag-soon-open = { $date }: said yes to a warning sign needing a doctor within a day or two; not yet checked, so sessions are paused.

## The programme now.
# Under the programme: how much of the course the person has read.
# Variables:
#   $read (Number) - lessons read
#   $total (Number) - lessons in the course
report-course = The course on back pain: lessons read, { $read } of { $total }.
report-programme-none = No plan is set up on this device.
# Variables:
#   $date (String) - the day the report is made, with its year
#   $stage (String) - the plan's stage, by its name
#   $schedule (String) - the plan's days and time ("Mon, Wed and Fri at 08:00")
report-programme-stage = On { $date }: stage “{ $stage }”, on { $schedule }.
report-flare-plan-active = The flare plan is on: the gentlest routines until the pain settles.
# Variables:
#   $routine (String) - the routine's name
#   $level (String) - its level today: easiest, easier, standard, harder or hardest
#   $count (Number) - times it was done in the period
report-routine-now = { $routine }: { $level ->
    [easiest] easiest
    [easier] easier
    [harder] harder
    [hardest] hardest
   *[standard] standard
} level; done { $count ->
    [one] { $count } time
   *[other] { $count } times
}.
report-walking-baseline = Walking programme: baseline week.
# Variables:
#   $walks (Number) - walks this week
#   $minutes (Number) - minutes of each walk
report-walking-plan = Walking programme: { $walks ->
    [one] { $walks } walk
   *[other] { $walks } walks
} of { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} this week.

## Notes (only when the person includes them).
# Variables:
#   $date (String) - the session's day, with its year
#   $routine (String) - the routine's name
report-note-when = { $date }, { $routine }
report-notes-none = No notes in this period.
report-notes-intro = In their own words, as written after each session.

## Streaks (Insights and the report).
# Variables:
#   $count (Number) - planned sessions done in a row
report-streak-unit = { $count ->
    [one] planned session in a row
   *[other] planned sessions in a row
}
report-streak-none = No streak yet: each planned session you do adds one.
# Variables:
#   $best (Number) - the best streak so far
report-streak-broken = { $best ->
    [one] No streak right now: your next planned session starts one. Best so far: { $best } planned session in a row.
   *[other] No streak right now: your next planned session starts one. Best so far: { $best } planned sessions in a row.
}
# Variables:
#   $count (Number) - the streak now
#   $best (Number) - the best streak so far
report-streak = { $count ->
    [one] Streak: { $count } planned session in a row (best { $best }).
   *[other] Streak: { $count } planned sessions in a row (best { $best }).
}

## A week in History, in one line.
# Variables:
#   $sessions (Number) - exercise sessions
#   $minutes (Number) - minutes of everything
report-week-line-sessions = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} · { $minutes } min
# Variables:
#   $cardio (Number) - walks, swims and rides
#   $minutes (Number) - minutes of everything
report-week-line-cardio = { $cardio ->
    [one] { $cardio } walk, swim or ride
   *[other] { $cardio } walks, swims or rides
} · { $minutes } min
# Variables:
#   $sessions (Number) - exercise sessions
#   $cardio (Number) - walks, swims and rides
#   $minutes (Number) - minutes of everything
report-week-line-both = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} · { $cardio ->
    [one] { $cardio } walk, swim or ride
   *[other] { $cardio } walks, swims or rides
} · { $minutes } min

## What a session eased (History's card and the report's table), one phrase each.
# Variables:
#   $level (String) - the session's level: easiest or easier
report-eased-whole-session = The whole session at the { $level ->
    [easiest] easiest
   *[easier] easier
} level
# Variables:
#   $exercise (String) - an exercise's name
report-eased-smaller = { $exercise }, made smaller
# Variables:
#   $exercise (String) - the easier exercise done
#   $instead (String) - the exercise it replaced
report-eased-instead = { $exercise } instead of { $instead }

## Insights.
report-insights-title = Insights
report-insights-empty = Charts appear here after your first session.
report-insights-best-streak = best streak
# Variables:
#   $count (Number) - sessions in all
report-insights-sessions-unit = { $count ->
    [one] session
   *[other] sessions
}
report-insights-streak-hint = A streak counts your planned sessions done in a row. Days off your plan don't break it.
report-insights-sessions-per-week = Sessions per week
report-insights-sessions = Sessions
report-insights-minutes-per-week = Minutes per week
report-insights-minutes = Minutes
report-insights-walking = Walking programme
# Variables:
#   $minutes (Number) - the weekly goal in minutes
report-insights-walking-goal = { $minutes ->
    [one] Goal: { $minutes } minute a week
   *[other] Goal: { $minutes } minutes a week
}
# Variables:
#   $minutes (Number) - the weekly goal in minutes
report-insights-walking-caption = { $minutes ->
    [one] Minutes walked per programme week (goal: { $minutes } minute a week)
   *[other] Minutes walked per programme week (goal: { $minutes } minutes a week)
}
report-insights-pain = Pain before and after
report-insights-day-by-day = Day by day
# Variables:
#   $date (String) - the calendar's first day, with its year
report-insights-days-caption = Days with sessions, from { $date }
report-insights-done-most = Done most
report-insights-done-most-empty = Nothing yet: the exercises you do most will show here.
report-insights-avoided-most = Skipped or eased most
report-insights-avoided-most-empty = Nothing skipped or eased so far.
# Variables:
#   $count (Number) - how many times
report-insights-times = { " " }· { $count }
report-insights-report-link = Report for your physiotherapist

## Charts: tables for screen readers and legends.
report-chart-week = Week
report-chart-date = Date
report-chart-day = Day
report-chart-pain = Pain
report-chart-sessions = Sessions
report-chart-ratings = Ratings
report-chart-before = Before
report-chart-after = After
report-chart-pain-caption = Pain before and after each session
# Variables:
#   $score (Number) - a rating, 0 to 10
report-chart-score = { $score }/10
report-chart-no-score = –
# Variables:
#   $before (String) - pain before (a score or a dash)
#   $after (String) - pain after (a score or a dash)
report-chart-pain-row = { $before } before, { $after } after
# Variables:
#   $name (String) - what was rated
#   $score (String) - its rating (a score or a dash)
report-chart-rating = { $name } { $score }

# Insights: calm sessions on a line of their own.
# Variables:
#   $week (Number) - calm sessions this week
#   $all (Number) - calm sessions in all
#   $minutes (Number) - minutes of calm in all
report-insights-calm = Calm sessions: { $week } this week, { $all } in all ({ $minutes } min)
# The report: calm sessions over the report's dates, beside the course.
# Variables:
#   $count (Number) - calm sessions in these dates
#   $minutes (Number) - their minutes added up
report-calm =
    { $count ->
        [0] Calm sessions (breathing and relaxation) in these dates: none.
        [one] Calm sessions (breathing and relaxation) in these dates: 1, { $minutes } min.
       *[other] Calm sessions (breathing and relaxation) in these dates: { $count }, { $minutes } min in all.
    }
