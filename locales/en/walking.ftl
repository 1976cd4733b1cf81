### English: the walking programme's sentences (its baseline week and its weekly targets).

# Variables:
#   $weekday (Date) - the day the plan starts (its weekday is shown)
#   $walks (Number) - walks a week
#   $minutes (Number) - minutes per walk
records-walk-baseline-done = Baseline done: your plan starts on { $weekday } with { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } of { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
records-walk-baseline-waiting = Baseline week: take a walk at a comfortable pace, whenever suits you, to find your starting point.
# Variables:
#   $most (Number) - the baseline's walks (3)
#   $done (Number) - baseline walks so far
records-walk-baseline = Baseline week: walk at a comfortable pace, up to { $most ->
        [one] { $most } walk
       *[other] { $most } walks
    }, to find what suits you ({ $done } of { $most } so far).
# Variables:
#   $minutes (Number) - minutes per walk
#   $walks (Number) - walks this week
#   $base (Number) - the baseline walks' usual minutes
records-walk-first-capped = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } this week: your baseline walks took { $base ->
        [one] { $base } minute
       *[other] { $base } minutes
    }, and { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } a walk is plenty.
# Variables:
#   $minutes (Number) - minutes per walk
#   $walks (Number) - walks this week
#   $percent (Number) - the share of the baseline (80)
#   $base (Number) - the baseline walks' usual minutes
records-walk-first = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } this week: about { $percent }% of the { $base ->
        [one] { $base } minute
       *[other] { $base } minutes
    } your baseline walks took.
# Variables:
#   $minutes (Number) - minutes per walk
#   $walks (Number) - walks this week
records-walk-stepped-back = Back to { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    }: your back flared last week, so this week steps back to your last good week.
records-walk-held-flare = Same as last week: your back flared last week, so the plan holds for now.
# Variables:
#   $minutes (Number) - the target's minutes per walk (30)
#   $days (Number) - the target's days a week (5)
records-walk-target = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } on { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: that's the target. Keep it up.
# Variables:
#   $minutes (Number) - minutes per walk
#   $walks (Number) - walks this week
records-walk-more-walks = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    }: one more walk a week, because last week went as planned.
# Variables:
#   $minutes (Number) - minutes per walk
#   $walks (Number) - walks this week
records-walk-grown = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    }: a little more, because last week went as planned.
# Variables:
#   $walks (Number) - last week's planned walks
#   $minutes (Number) - last week's minutes per walk
records-walk-held = Same as last week: it goes up after a week with { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } of about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
# Variables:
#   $average (Number) - this week's average minutes per walk
#   $planned (Number) - the plan's minutes per walk
#   $percent (Number) - the weekly growth (10)
records-walk-longer = Your walks this week were about { $average ->
        [one] { $average } minute
       *[other] { $average } minutes
    } each, longer than the { $planned ->
        [one] { $planned } minute
       *[other] { $planned } minutes
    } the plan asks for: fine if your back is happy with it. The plan grows about { $percent }% after each week done as planned, so there's no need to push further.
# Variables:
#   $walks (Number) - walks done this week, all that were planned or more
records-walk-progress-all = { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } this week
# Variables:
#   $done (Number) - walks done this week
#   $walks (Number) - walks planned
records-walk-progress = { $done } of { $walks ->
        [one] { $walks } walk
       *[other] { $walks } walks
    } this week
