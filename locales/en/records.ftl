### English. Records: History, one session's page, logging a walk, swim or ride by hand,
### the body-weight log, and the walking programme's sentences.

## Durations, minutes and distances.

# Variables:
#   $seconds (Number) - seconds, under a minute
records-duration-seconds = { $seconds } s
# Variables:
#   $minutes (Number) - whole minutes
#   $seconds (String) - the seconds past the minute, always two digits ("05")
records-duration-minutes = { $minutes } min { $seconds } s
# Variables:
#   $minutes (Number) - whole minutes
records-minutes = { $minutes } min
# Variables:
#   $distance (Number) - kilometres, with one decimal
records-distance-km = { $distance } km
# Variables:
#   $distance (Number) - miles, with one decimal
records-distance-mi = { $distance } mi
# Variables:
#   $minutes (Number) - whole minutes
#   $distance (Number) - kilometres, with one decimal
records-summary-km = { $minutes } min · { $distance } km
# Variables:
#   $minutes (Number) - whole minutes
#   $distance (Number) - miles, with one decimal
records-summary-mi = { $minutes } min · { $distance } mi

## When a session was: its date, and the time of day it started.

# Variables:
#   $date (Date) - the day, with its year
records-when = { $date }
# Variables:
#   $date (Date) - the day, with its year
#   $time (String) - the time of day, 24-hour ("07:05")
records-when-time = { $date } · { $time }

## Walks, swims and rides logged by hand.

# Variables:
#   $max (Number) - the most minutes that can be logged (600)
records-error-minutes = Enter how many minutes it took, from 1 to { $max }.
# Variables:
#   $example (Number) - an example distance (2.5)
records-error-distance = Enter the distance as a number, like { $example }, or leave it empty.
records-error-future-date = That date is still to come. Pick today or an earlier day.
records-error-too-long-ago = Pick a date within the last year.
records-error-no-day = Pick the day you did it.
## Shown in the first minute of a timed walk.
records-phone-note = Take the phone and Limber times it, or leave it at home and log it when you're back. Go at a pace where you can still talk.

records-log-title = Log an activity
records-log-lead = A walk, swim or ride you did without the app counts too.
records-log-what = What did you do?
records-log-day = Day
records-log-minutes = Minutes
records-log-distance-km = Distance in km
records-log-distance-mi = Distance in miles
records-optional = (optional)
records-log-feel = How did it feel?
records-log-pain = Pain before and after (optional)
records-log-pain-before = Pain before
records-log-pain-after = Pain after
records-log-note = Note (optional)
records-log-save = Save
records-cancel = Cancel

## How a session felt, and the next morning compared with just before it.

records-feeling-too-easy = Too easy
records-feeling-about-right = About right
records-feeling-too-hard = Too hard
# Variables:
#   $feeling (String) - too-easy, about-right or too-hard
records-felt = Felt: { $feeling ->
        [too-easy] too easy
        [too-hard] too hard
       *[about-right] about right
    }
records-compared-better = Better
records-compared-same = About the same
records-compared-worse = Worse
## The next-morning answer in a table's cell.
# Variables:
#   $compared (String) - better, same or worse
#   $pain (Number) - pain that morning, 0 to 10
records-morning-words-both = { $compared ->
        [better] Better
        [worse] Worse
       *[same] About the same
    }, pain { $pain }
# Variables:
#   $pain (Number) - pain that morning, 0 to 10
records-morning-words-pain = Pain { $pain }
## The next-morning answer on a session's page.
# Variables:
#   $compared (String) - better, same or worse
#   $pain (Number) - pain that morning, 0 to 10
records-next-morning-both = The next morning: { $compared ->
        [better] better
        [worse] worse
       *[same] about the same
    }, pain { $pain }
# Variables:
#   $compared (String) - better, same or worse
records-next-morning-compared = The next morning: { $compared ->
        [better] better
        [worse] worse
       *[same] about the same
    }
# Variables:
#   $pain (Number) - pain that morning, 0 to 10
records-next-morning-pain = The next morning: pain { $pain }

## Pain around a session, out of 10: before, during (the highest "This hurts" answer) and after.

# Variables:
#   $before (Number) - pain before, 0 to 10
records-pain-b = { $before }/10 before
# Variables:
#   $during (Number) - highest pain during, 0 to 10
records-pain-d = { $during }/10 during
# Variables:
#   $after (Number) - pain after, 0 to 10
records-pain-a = { $after }/10 after
# Variables:
#   $before (Number) - pain before, 0 to 10
#   $during (Number) - highest pain during, 0 to 10
records-pain-bd = { $before }/10 before, { $during }/10 during
# Variables:
#   $before (Number) - pain before, 0 to 10
#   $after (Number) - pain after, 0 to 10
records-pain-ba = { $before }/10 before, { $after }/10 after
# Variables:
#   $during (Number) - highest pain during, 0 to 10
#   $after (Number) - pain after, 0 to 10
records-pain-da = { $during }/10 during, { $after }/10 after
# Variables:
#   $before (Number) - pain before, 0 to 10
#   $during (Number) - highest pain during, 0 to 10
#   $after (Number) - pain after, 0 to 10
records-pain-bda = { $before }/10 before, { $during }/10 during, { $after }/10 after
records-pain-none = not recorded
## A report table's heading over "4 / 5 / 3".
records-pain-cell-heading = Pain before / during / after
# Variables:
#   $pain (String) - the pain words above ("3/10 before, 2/10 after")
records-pain-line = Pain: { $pain }
# Variables:
#   $after (Number) - pain after, 0 to 10
records-pain-afterwards = Pain afterwards: { $after }/10
records-pain-afterwards-none = Pain afterwards: not recorded

## History.

records-history-title = History
records-tabs-label = History views
records-tab-sessions = Sessions
records-tab-insights = Insights
records-log-button = + Log a walk, swim or ride
records-history-empty = No sessions yet. Finished sessions will show up here.
# Variables:
#   $date (Date) - the week's first day, with its year
records-week-of = Week of { $date }
records-show-older = Show older weeks
# Variables:
#   $summary (String) - minutes and distance ("30 min · 2.4 km")
records-card-logged = Logged · { $summary }
# Variables:
#   $total (Number) - exercises in the session, all done
#   $duration (String) - how long it took ("4 min 05 s")
records-card-all = { $total ->
        [one] { $total } exercise
       *[other] { $total } exercises
    } · { $duration }
# Variables:
#   $done (Number) - exercises done
#   $total (Number) - exercises in the session
#   $duration (String) - how long it took ("4 min 05 s")
records-card-done-of = { $done } of { $total ->
        [one] { $total } exercise
       *[other] { $total } exercises
    } · { $duration }
# Variables:
#   $names (String) - the exercises skipped, listed
records-skipped = Skipped: { $names }
# Variables:
#   $what (String) - what was made easier, as phrases set apart by "; "
records-eased = Eased: { $what }

## One session's page.

records-back = ‹ History
# Variables:
#   $routine (String) - the routine's name
#   $date (Date) - the day of the session, with its year
records-deleted = Deleted the { $routine } session from { $date }.
records-undo = Undo
records-back-to-history = Back to History
records-not-found = Session not found
records-not-found-body = It may have been deleted in another tab.
# Variables:
#   $summary (String) - minutes and distance ("30 min · 2.4 km")
records-logged-by-hand = Logged by hand · { $summary }
# Variables:
#   $duration (String) - how long it took ("4 min 05 s")
records-duration-completed = { $duration } · completed
# Variables:
#   $duration (String) - how long it took ("4 min 05 s")
records-duration-ended-early = { $duration } · ended early
## One exercise's line: its facts, separated by " · ".
records-row-skipped = skipped
# Variables:
#   $total (Number) - sets planned, all done
records-row-sets-all = { $total ->
        [one] { $total } set
       *[other] { $total } sets
    }
# Variables:
#   $done (Number) - sets done
#   $total (Number) - sets planned
records-row-sets-done-of = { $done } of { $total ->
        [one] { $total } set
       *[other] { $total } sets
    }
# Variables:
#   $reps (Number) - repetitions done
records-row-reps = { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }
# Variables:
#   $exercise (String) - the exercise it stood in for
records-row-eased-from = easier version of { $exercise }
# Variables:
#   $pain (Number) - the highest pain given with "This hurts", 0 to 10
records-row-pain = pain { $pain }/10
records-note = Note
records-save-note = Save note
records-note-saved = Note saved.
records-delete-heading = Delete
records-delete-button = Delete this session

## Body weight.

# Variables:
#   $weight (Number) - kilograms, with one decimal
records-weight-kg = { $weight } kg
# Variables:
#   $weight (Number) - pounds, with one decimal
records-weight-lb = { $weight } lb
# Variables:
#   $example (Number) - an example weight (72.5 or 160.5)
records-weight-error-number = Type your weight as a number, like { $example }.
records-weight-error-precise = Use at most two digits after the decimal point.
# Variables:
#   $low (Number) - the lightest weight accepted, in kg
#   $high (Number) - the heaviest weight accepted, in kg
records-weight-error-range-kg = That doesn't look right: enter a weight between { $low } and { $high } kg.
# Variables:
#   $low (Number) - the lightest weight accepted, in lb
#   $high (Number) - the heaviest weight accepted, in lb
records-weight-error-range-lb = That doesn't look right: enter a weight between { $low } and { $high } lb.
# Variables:
#   $change (String) - the weight lost ("1.5 kg")
#   $date (Date) - the earlier entry's day
records-weight-down = Down { $change } since { $date }.
# Variables:
#   $change (String) - the weight gained ("0.8 kg")
#   $date (Date) - the earlier entry's day
records-weight-up = Up { $change } since { $date }.
# Variables:
#   $date (Date) - the earlier entry's day
records-weight-same = About the same as on { $date }.
records-weight-title = Body weight
# Variables:
#   $settings (String) - a link to Settings, with the words of records-weight-settings
records-weight-intro = A healthy weight takes load off your back. This log is only for you; turn it off in { $settings }.
records-weight-settings = Settings
records-weight-empty = No entries yet. Once a week, at the same time of day, is plenty.
records-weight-saved = Saved for today.
# Variables:
#   $weight (String) - the weight ("81.5 kg")
#   $date (Date) - its day, with the year
records-weight-latest = Latest: { $weight } on { $date }.
records-weight-remove = Remove it
# Variables:
#   $weight (String) - the weight ("81.5 kg")
#   $date (Date) - its day, with the year
records-weight-removed = Removed { $weight } from { $date }.
records-weight-today-kg = Today's weight in kg
records-weight-today-lb = Today's weight in lb
records-weight-save = Save weight

## The walking programme (Today's walk row, Insights, "Why this level").

# Variables:
#   $date (Date) - the week's first day
#   $walks (Number) - walks planned, all done
#   $minutes (Number) - minutes per walk
#   $result (String) - done, flared, not-done or going
records-walk-week-all = Week of { $date }: { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } of { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $result ->
        [done] all done as planned
        [flared] your back flared that week
        [not-done] not all done
       *[going] still going
    }.
# Variables:
#   $date (Date) - the week's first day
#   $done (Number) - walks done
#   $walks (Number) - walks planned
#   $minutes (Number) - minutes per walk
#   $result (String) - done, flared, not-done or going
records-walk-week-done-of = Week of { $date }: { $done } of { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } of { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $result ->
        [done] all done as planned
        [flared] your back flared that week
        [not-done] not all done
       *[going] still going
    }.

## The weight chart's unit, as its table heads it.
records-weight-unit-kg = kg
records-weight-unit-lb = lb

# History: calm sessions (breathing and relaxation) are listed on their own, apart from exercise.
# Variables:
#   $count (Number) - calm sessions listened to
#   $minutes (Number) - their minutes added up
records-calm-summary =
    { $count ->
        [one] Calm: 1 session, { $minutes } min
       *[other] Calm: { $count } sessions, { $minutes } min
    }
records-calm-hint = Breathing and relaxation. They don't count towards your streak or your exercise level.
