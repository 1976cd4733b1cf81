### English: the parts of Today that need a plan or stored data (the plan's card and its
### reasons, the morning question, the warning-sign stop), the 0-10 scales, and the first run's
### questions. Fetched when one of those parts first opens, like every file but the first screen's.

## The 0-10 pain scale (every pain question in the app).
# Variables:
#   $pain (Number) - a point on the 0-10 pain scale
#   $word (String) - what it means in a word or two (today-pain-word-*)
today-pain-option = { $pain } out of 10, { $word }
today-pain-word-none = no pain
today-pain-word-mild = mild
today-pain-word-moderate = moderate
today-pain-word-strong = strong
today-pain-word-severe = severe
today-pain-end-low = 0: no pain
today-pain-end-high = 10: worst pain imaginable

## How well someone can do an everyday activity, 0 (can't) to 10 (no trouble).
today-ability-none = 0 out of 10, can't do it
today-ability-full = 10 out of 10, no trouble
# Variables:
#   $score (Number) - a point on the 0-10 scale, between 1 and 9
today-ability-option = { $score } out of 10
today-ability-end-low = 0: can't do it
today-ability-end-high = 10: no trouble

## How hard a routine runs: the control on a routine's page, and the level on Today.
today-level-group = How hard
today-level-easier-button = Easier
today-level-harder-button = Harder

## The next-morning question about the last session, on Today.
today-morning-eyebrow = One quick question
today-morning-heading-morning = How is your back this morning?
today-morning-heading-later = How is your back today?
# Variables:
#   $when (String) - which day the session was: "today", "yesterday" or "other"
#   $day (Date) - the day of the session, as a weekday (used for "other")
#   $name (String) - the routine's name
today-morning-sub = { $when ->
    [today] Compared with just before today's { $name }: it tells Limber whether that was the right amount.
    [yesterday] Compared with just before yesterday's { $name }: it tells Limber whether that was the right amount.
   *[other] Compared with just before { $day }'s { $name }: it tells Limber whether that was the right amount.
}
today-morning-legend = Compared with before the session
today-morning-pain = Your pain now, if you'd like to say (0 to 10)
today-morning-pick-first = Pick better, about the same or worse first.
today-morning-save = Save
today-morning-not-now = Not now
# Variables:
#   $name (String) - the routine's name
today-morning-reply-flare = Thanks for telling us. { $name } counts as a flare, so the next session takes a step back and nothing gets harder for a couple of days.
# Variables:
#   $name (String) - the routine's name
today-morning-reply-good = Good to hear. { $name } counts as a good session: settled by the next day means it was the right amount.
# Variables:
#   $name (String) - the routine's name
today-morning-reply-steady = Thanks. { $name } counts as neither up nor down, so its level stays where it is for now.
today-morning-ahead = Tomorrow morning, Limber will ask how your back feels: your answer sets the next session.

## When the next session is, inside a sentence ("Your next session is tomorrow.").
# Variables:
#   $when (String) - "tomorrow", "week" (the same weekday next week), "soon" (no day
#     planned) or "other" (another day this week)
#   $day (Date) - the day, as a weekday (used for "other")
today-next-day = { $when ->
    [tomorrow] tomorrow
    [week] a week today
    [soon] soon
   *[other] on { $day }
}

## Today's big card: the small line above the routine's name, and the line on why.
# Variables:
#   $day (Number) - which day of the flare plan it is (1 is the first)
today-hero-flare-done = Flare plan · day { $day } · done for today
today-hero-flare-done-why = That's today's gentle session done. Rest in a comfortable position, and a short, easy walk later helps too.
# Variables:
#   $day (Number) - which day of the flare plan it is (1 is the first)
#   $minutes (Number) - how long the session takes, in minutes
today-hero-flare = Flare plan · day { $day } · about { $minutes } min
# Variables:
#   $day (Number) - which day of the flare plan it is (1 is the first)
#   $minutes (Number) - how long the session takes, in minutes
#   $level (String) - how hard, when not the standard level (today-level-*)
today-hero-flare-level = Flare plan · day { $day } · about { $minutes } min · { $level }
today-hero-flare-why = A gentle routine for bad days. Little and often helps more than resting it, and stop anything that makes the pain worse.
today-hero-gently-done = Done for today. Go gently now.
# Variables:
#   $minutes (Number) - how long the session takes, in minutes
today-hero-gently = Go gently today · about { $minutes } min
# Variables:
#   $minutes (Number) - how long the session takes, in minutes
#   $level (String) - how hard, when not the standard level (today-level-*)
today-hero-gently-level = Go gently today · about { $minutes } min · { $level }
today-hero-gently-rest = Rest day · go gently
# Variables:
#   $minutes (Number) - how long the session takes, in minutes
today-hero-due = Due today · about { $minutes } min
# Variables:
#   $minutes (Number) - how long the session takes, in minutes
#   $level (String) - how hard, when not the standard level (today-level-*)
today-hero-due-level = Due today · about { $minutes } min · { $level }
today-hero-done = Done for today. Well done!
# Variables:
#   $name (String) - the next session's routine
#   $next (String) - when it is (today-next-day: "tomorrow", "on Friday")
today-hero-done-why = Your next session, { $name }, is { $next }. Rest now, or take an easy walk later if you feel like moving.
today-hero-rest = Rest day
# Variables:
#   $next (String) - when the next session is (today-next-day: "tomorrow", "on Friday")
today-hero-rest-why = Nothing is due today; your next session is { $next }. Rest is part of the plan, and an easy walk is a good way to spend it.
# Variables:
#   $from (String) - who gave the person this routine, as they wrote it ("Sam, physio")
#   $eyebrow (String) - the rest of the line (today-hero-*)
today-hero-from = From { $from } · { $eyebrow }

## Where walks started, for Settings.
# Variables:
#   $started (Number) - the first walks' length, in minutes
#   $now (Number) - today's walk, in minutes
today-walks-so-far = Walks started at { $started ->
    [one] { $started } minute
   *[other] { $started } minutes
}; today's walk is { $now ->
    [one] { $now } minute
   *[other] { $now } minutes
}.
# Variables:
#   $started (Number) - the first walks' length, in minutes
today-walks-so-far-same = Walks started at { $started ->
    [one] { $started } minute
   *[other] { $started } minutes
}, and today's walk is the same.
# Variables:
#   $started (Number) - the first walks' length, in minutes
today-walks-so-far-baseline = Walks started at { $started ->
    [one] { $started } minute
   *[other] { $started } minutes
}; the walking programme's baseline week finds today's length.

## What's next, once a session is saved.
today-next-no-plan = Come back whenever you like. A few questions on Today find where to start and which days suit you.
# Variables:
#   $next (String) - when it is (today-next-day: "tomorrow", "on Friday")
#   $name (String) - the routine's name
#   $minutes (Number) - how long it takes, in minutes
today-next-session = Your next session is { $next }: { $name }, about { $minutes } min.
today-next-whenever = Your next session is whenever you're ready.
today-next-walk-flare = A short, easy walk later helps too, as far as is comfortable.
# Variables:
#   $minutes (Number) - today's walk, in minutes
today-next-walk = { $minutes ->
    [one] Today's walk: an easy { $minutes } minute, if you feel like it.
   *[other] Today's walk: an easy { $minutes } minutes, if you feel like it.
}
today-next-walk-open = Today's walk: as far as is comfortable, if you feel like it.

## The pain rule, judged against the person's usual pain: during exercise ("This hurts"),
## before and after a session, and the three bands in one sentence.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
#   $pain (Number) - the pain they gave, 0 to 10
today-pain-green-usual = Your back is usually around { $usual }, so { $pain } is fine to keep going with. Move slowly and breathe.
# Variables:
#   $pain (Number) - the pain they gave, 0 to 10
today-pain-green = { $pain } is fine to keep going with. Move slowly and breathe.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
today-pain-amber-usual = That's a little above your usual ({ $usual }). Carry on gently if it settles soon afterwards and isn't worse tomorrow morning, or make it easier.
# Variables:
#   $pain (Number) - the pain they gave, 0 to 10
today-pain-amber = { $pain } is all right if it settles soon afterwards and isn't worse tomorrow morning. Carry on gently, or make it easier.
today-pain-red-spreading = Pain spreading down a leg is a sign to ease off. Make this exercise easier or skip it, and if it keeps spreading, end the session for today.
# Variables:
#   $pain (Number) - the pain they gave, 8 to 10
today-pain-red-high = { $pain } is a lot. Ease off: make this exercise easier or skip it, and if the pain doesn't settle, end the session for today.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
today-pain-red = That's well above your usual ({ $usual }). Ease off: make this exercise easier or skip it, and if the pain doesn't settle, end the session for today.
# Variables:
#   $green (Number) - the top of the "fine" band
#   $amber (Number) - the top of the "all right if it settles" band
today-pain-bands = During exercise, pain up to { $green } is fine, up to { $amber } is all right if it settles by the next morning, and above that (or pain spreading down a leg) means make it easier.
# Variables:
#   $green (Number) - the top of the "fine" band
today-pain-bands-no-amber = During exercise, pain up to { $green } is fine, and above that (or pain spreading down a leg) means make it easier.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
today-pain-after-amber = A little above your usual ({ $usual }): that's all right if it has settled by tomorrow morning. Limber will ask you then.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
today-pain-after-red = That's well above your usual ({ $usual }). Rest in a comfortable position now; if it is still up tomorrow morning, the next session will be gentler.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
today-pain-before-gentlest = That's more than your usual ({ $usual }). This routine is already the gentlest: go slowly, do only what feels all right, and skip anything that makes it worse. A rest day with a short walk is fine too.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
today-pain-before = That's more than your usual ({ $usual }). Limber will keep this session gentle; a rest day with a short walk is fine too. If it keeps getting worse, check in with a health professional.

## "Keep a copy": a backup offered on Today, and its words in Your data.
today-keep-title = Keep a copy of your progress
today-keep-button = Keep a copy
today-keep-not-now = Not now
# Variables:
#   $count (Number) - sessions saved so far
today-keep-why-safari = Safari can clear what Limber saves if it isn't opened for a week or so. A copy keeps your { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} safe.
# Variables:
#   $count (Number) - sessions saved so far
today-keep-why = Browsers sometimes clear saved data. A copy keeps your { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} safe.
# Variables:
#   $date (Date) - the day of the last copy, with its year
today-keep-why-again = Your last copy is from { $date }. A new one keeps what you've done since then safe too.
today-keep-shared = Copy shared.
today-keep-saved = Copy saved to your downloads.
today-keep-safe = Keep it somewhere safe, like your email or cloud storage.
today-keep-not-saved = Your browser wouldn't save the file. Please try again.
# Variables:
#   $date (Date) - the day of the last copy, with its year
today-keep-last = Last copy: { $date }.
today-keep-none = No copy kept yet.
today-keep-install-why = On iPhone and iPad, Safari can clear Limber's data after about a week without a visit. Adding Limber to your home screen stops that. Keep a copy first: the home-screen app starts empty, and you open your copy there.
today-keep-install-how = In Safari, tap Share, then Add to Home Screen.
today-keep-install-next = To stop Safari clearing your data, add Limber to your home screen: tap Share, then Add to Home Screen. The home-screen app starts empty, so open your copy there.

## Today's walk row, for the walking programme.
# Variables:
#   $minutes (Number) - how long each walk is this week, in minutes
today-walk-title = { $minutes ->
    [8] An 8-minute walk
    [11] An 11-minute walk
    [18] An 18-minute walk
    [80] An 80-minute walk
    [81] An 81-minute walk
    [82] An 82-minute walk
    [83] An 83-minute walk
    [84] An 84-minute walk
    [85] An 85-minute walk
    [86] An 86-minute walk
    [87] An 87-minute walk
    [88] An 88-minute walk
    [89] An 89-minute walk
   *[other] A { $minutes }-minute walk
}
today-walk-baseline = Baseline week
today-walk-held-flare = Held while your flare plan is on: short, easy walks, little and often, as far as is comfortable. It starts growing again once your back settles and a week goes to plan.
# Variables:
#   $reason (String) - why this week's plan is what it is (a whole sentence)
#   $longer (String) - that this week's walks ran longer than planned (a whole sentence)
today-walk-why-longer = { $reason } { $longer }
# Variables:
#   $walks (Number) - walks the baseline week asks for, all of them done
today-walk-baseline-all = { $walks ->
    [one] { $walks } walk
   *[other] { $walks } walks
}
# Variables:
#   $done (Number) - walks done in the baseline week so far
#   $walks (Number) - walks the baseline week asks for
today-walk-baseline-progress = { $done } of { $walks ->
    [one] { $walks } walk
   *[other] { $walks } walks
}
