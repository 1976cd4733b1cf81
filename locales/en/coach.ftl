### English: the coach. Pain rules, flare-ups, the plan, progression, check-ins and the
### warning signs. A first-screen area: Today shows the flare banner, the warning signs and
### the plan's sentences, so this file is built into the app.

## Warning signs (red flags), in two tiers. The most important words in the app: every
## language keeps every fact, and none of them names an emergency number itself (the
## number comes from where the person is, as $number).

coach-safety-heading-emergency = Get emergency help now if you have:
coach-safety-heading-soon = See a doctor within a day or two if you have:
coach-safety-sign-emergency-1 = Numbness or tingling around your genitals, bottom or inner thighs
coach-safety-sign-emergency-2 = New trouble passing urine, or losing control of your bladder or bowels
coach-safety-sign-emergency-3 = New problems with sexual function
coach-safety-sign-emergency-4 = Numbness, weakness or tingling in both legs, or a leg that is getting weaker
coach-safety-sign-emergency-5 = Back pain after a serious fall or accident
coach-safety-sign-emergency-6 = Chest pain
coach-safety-sign-soon-1 = A fever, or feeling very unwell
coach-safety-sign-soon-2 = Weight loss you can't explain
coach-safety-sign-soon-3 = Cancer now or in the past
coach-safety-sign-soon-4 = Pain that is constant, worse at night and not eased by rest or any position
coach-safety-sign-soon-5 = A lump or a change in the shape of your back
coach-safety-sign-soon-6 = Pain between your shoulder blades
coach-safety-sign-soon-7 = New symptoms, or ones that have changed
coach-safety-question = Do any of these warning signs apply to you now?
coach-safety-show-signs = Show the warning signs
coach-safety-answer-none = No, none of these
coach-safety-answer-emergency = Yes, something in the first list
coach-safety-answer-soon = Yes, something in the second list
coach-safety-advice-emergency-title = Please get emergency help now
# Variables:
#   $number (String) - the emergency number where the person is ("112", "911", "999")
coach-safety-advice-emergency = Call { $number } or go to the emergency department now. These signs need care today, and treatment works best when it is early. Please don't exercise.
# When the person's country is unknown.
# Variables:
#   $number (String) - 112, which works on mobile phones in many countries
coach-safety-advice-emergency-unknown = Call your local emergency number ({ $number } works on mobile phones in many countries) or go to the emergency department now. These signs need care today, and treatment works best when it is early. Please don't exercise.
coach-safety-advice-soon-title = Please see a doctor first
coach-safety-advice-soon = Call your doctor to be seen within a day or two (your GP or an urgent care service) before you exercise. If things get worse quickly, get help sooner.
# The big button that dials.
# Variables:
#   $number (String) - the emergency number where the person is
coach-safety-call = Call { $number }
# Variables:
#   $date (Date) - the day the warning sign was reported
coach-safety-since = You told Limber about a warning sign on { $date }. Sessions stay paused until you've been checked.
coach-safety-checked = A health professional has checked me and said gentle exercise is fine
coach-safety-continue = Continue
coach-safety-back-today = Back to Today

## The plan's stages, as the coach's sentences name them.
coach-stage-flare-up = For bad days
coach-stage-building = Building up
coach-stage-maintaining = Keeping it up

## Level names, as the coach's sentences name them.
coach-level-easiest = Easiest
coach-level-easier = Easier
coach-level-standard = Standard
coach-level-harder = Harder
coach-level-hardest = Hardest

## "My back is flaring": what helps on a bad day.
coach-flare-advice-moving-title = Keep moving, just less
coach-flare-advice-moving-body = A flare hurts, but more pain rarely means new harm, and lying still for long tends to add stiffness. Short, easy walks, little and often, and the gentle routines for bad days keep you going.
coach-flare-advice-positions-title = Find positions of ease
coach-flare-advice-positions-body = Lie on your back with your knees bent over a pillow or two, or on your side with a pillow between your knees. Change position every 20 to 30 minutes rather than staying put.
coach-flare-advice-pacing-title = Pace your day
coach-flare-advice-pacing-body = Break jobs into small pieces and rest before the pain builds, not after. Skip anything that gives a sharp or spreading pain, and save bigger tasks for a better day.
coach-flare-advice-warmth-title = Warmth can help
coach-flare-advice-warmth-body = A warm (not hot) pack or a warm shower for 15 to 20 minutes can ease tight muscles. Wrap the pack in a towel and never sleep on it.
coach-flare-advice-sleep-title = Look after your sleep
coach-flare-advice-sleep-body = Pillows to support the position that's comfortable, and your usual bedtime. A poor night can make pain feel louder the next day: that's normal and it passes.
coach-flare-advice-help-title = When to get help
coach-flare-advice-help-body = See a doctor or physiotherapist if it hasn't improved after about two weeks, or keeps getting worse. The signs below need care straight away, not exercise.

## The flare plan: how it starts and ends, said the same way everywhere.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
coach-flare-end-rule = It ends by itself once your pain is back within about a point of your usual ({ $usual }) for two days in a row, or whenever you end it.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
coach-flare-started = Your flare plan is on. Today shows the routines for bad days at a gentle level, nothing gets harder and your walk holds. Each day Limber asks how your back is. It ends by itself once your pain is back within about a point of your usual ({ $usual }) for two days in a row, or whenever you end it.
# Variables:
#   $pain (Number) - the pain the person just gave, 0 to 10
#   $usual (Number) - their usual pain, 0 to 10
coach-flare-auto-started = { $pain } is well above your usual ({ $usual }), so Limber has switched on your flare plan: gentle routines for bad days, and nothing gets harder. It ends by itself once your pain is back within about a point of your usual ({ $usual }) for two days in a row, or whenever you end it.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
#   $stage (String) - the stage the plan returns to (coach-stage-*)
coach-flare-settled = Your pain has been back near your usual ({ $usual }) for two days, so the flare plan has ended and you're back on the “{ $stage }” routines. Build up gently from here.
# Variables:
#   $pain (Number) - today's pain, 0 to 10
#   $usual (Number) - the person's usual pain, 0 to 10
coach-flare-near = Thanks: { $pain } is back near your usual ({ $usual }). If it stays there tomorrow too, the flare plan ends.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
coach-flare-still = Thanks. Keep going gently. It ends by itself once your pain is back within about a point of your usual ({ $usual }) for two days in a row, or whenever you end it.
# Variables:
#   $stage (String) - the stage the plan returns to (coach-stage-*)
coach-flare-ended = The flare plan is off: you're back on the “{ $stage }” routines. Build up gently.

## The flare page.
coach-flare-back = ‹ Today
coach-flare-title = My back is flaring
coach-flare-lead = Flare-ups are common and usually settle within days to a few weeks. Here's what helps, and a plan that keeps you moving gently meanwhile.
coach-flare-pick-pain = Pick how bad it is from 0 to 10 first.
# Variables:
#   $day (Number) - which day of the flare plan it is, from 1
coach-flare-plan-day = Flare plan · day { $day }
coach-flare-checked-in = Checked in today
coach-flare-how-today = How is your back today?
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
coach-flare-plan-on = Bad-day routines at a gentle level, nothing gets harder and your walk holds. It ends by itself once your pain is back within about a point of your usual ({ $usual }) for two days in a row, or whenever you end it.
coach-flare-pain-today = Your pain today (0 to 10)
coach-flare-update = Update today's answer
coach-flare-save = Save today's answer
coach-flare-end = My back has settled: end the flare plan
coach-flare-plan = Flare plan
coach-flare-switch-title = Switch your plan to bad-day mode
coach-flare-switch-why = Until it settles: the routines for bad days, nothing gets harder, your walk holds, and one question a day.
coach-flare-pain-now = How bad is it right now? (0 to 10)
coach-flare-switch = Switch to my flare plan
coach-flare-no-plan-title = Gentle routines for bad days
coach-flare-no-plan-why = Make a plan first and Limber can switch it to bad-day mode for you. Meanwhile, the routines for bad days are ready.
coach-flare-see-routines = See the routines

## First-run answers and the plan they make.
coach-duration-under-six-weeks = Less than 6 weeks
coach-duration-longer = Longer than 6 weeks
coach-duration-keeps-coming-back = It keeps coming back
coach-activity-little = Hardly at all at the moment
coach-activity-some = Some walking and everyday jobs
coach-activity-active = Active most days
coach-answer-pain-range = Pick your pain from 0 to 10.
coach-answer-no-days = Pick at least one day.
coach-answer-bad-time = Pick a time of day.
coach-answer-too-many-activities = Up to three activities, please.
coach-answer-activity-name = Give each activity a short name (up to 60 letters).
coach-answer-activity-score = Rate each activity from 0 to 10.
coach-common-activity-1 = Putting on socks
coach-common-activity-2 = Sitting for a while
coach-common-activity-3 = Walking
coach-common-activity-4 = Lifting a bag
coach-common-activity-5 = Sleeping
# Variables:
#   $name (String) - the activity's name as the person wrote it
coach-rate-prompt = Rate “{ $name }” from 0 to 10, or remove it.
# Variables:
#   $pain (Number) - pain now, 0 to 10
coach-start-flare-high = You're starting with the routines for bad days: at { $pain } out of 10, slow and gentle movement, mostly lying down, is the right first step.
# Variables:
#   $pain (Number) - pain now, 0 to 10
coach-start-flare-recent = You're starting with the routines for bad days: your pain is { $pain } out of 10 and began in the last six weeks, so the first sessions are slow and gentle.
# Variables:
#   $pain (Number) - pain now, 0 to 10
coach-start-flare-inactive = You're starting with the routines for bad days: with pain at { $pain } out of 10 and not much moving at the moment, gentle sessions first let your back get used to it.
# Variables:
#   $pain (Number) - pain now, 0 to 10
coach-start-maintaining = You're starting with the “Keeping it up” routines: your pain is low ({ $pain } out of 10) and you're already active, so the plan keeps your back strong and supple.
# Variables:
#   $pain (Number) - pain now, 0 to 10
coach-start-building = You're starting with the “Building up” routines: at { $pain } out of 10, steady sessions that step up once they feel comfortable suit you, and the plan adjusts to how each session goes.
# The plan's week: "Mon, Wed and Fri at 07:30".
# Variables:
#   $days (String) - the days (coach-days-every, or a list of short day names)
#   $time (String) - the time, "07:30"
coach-schedule = { $days } at { $time }
coach-days-none = no days
coach-days-every = every day

## Progression: how each session counted, and why today's level is what it is.
## $when is "today", "yesterday" or "recently" (a word to choose on, never shown itself).
## $routine and $flared are routine names; $why is one of the coach-flare-why-* phrases.

coach-flare-why-too-hard = it felt too hard
coach-flare-why-morning = it was worse the next morning
# Variables:
#   $pain (Number) - pain the next morning, 0 to 10
#   $before (Number) - pain before the session
coach-flare-why-morning-worse = it was worse the next morning, with pain at { $pain }, up from { $before }
# Variables:
#   $pain (Number) - pain the next morning, 0 to 10
#   $before (Number) - pain before the session
coach-flare-why-morning-pain = your pain was { $pain } the next morning, up from { $before }
# Variables:
#   $before (Number) - pain before the session
#   $after (Number) - pain after it
coach-flare-why-rose = your pain went from { $before } to { $after }
# Variables:
#   $after (Number) - pain after the session
coach-flare-why-reached = your pain reached { $after }

# Variables:
#   $why (String) - what made it a flare (coach-flare-why-*)
coach-outcome-flare = Counted as a flare: { $why }.
# Variables:
#   $felt (String) - how it felt: too-easy, about-right, too-hard, or none when not said
coach-outcome-good = Counted as good: { $felt ->
    [too-easy] it felt too easy
    [about-right] it felt about right
    [too-hard] it felt too hard
   *[none] it went fine
}.
# Variables:
#   $felt (String) - how it felt: too-easy, about-right, too-hard, or none when not said
coach-outcome-good-settled = Counted as good: { $felt ->
    [too-easy] it felt too easy
    [about-right] it felt about right
    [too-hard] it felt too hard
   *[none] it went fine
} and it had settled by the next morning.
coach-outcome-unanswered = Neither up nor down: not every question was answered.
coach-outcome-stopped = Neither up nor down: it was stopped early.
coach-outcome-steady = Neither up nor down: not quite an easy, pain-free session.
coach-outcome-steady-settled = Neither up nor down: not quite an easy, pain-free session and it had settled by the next morning.

# Variables:
#   $done (Number) - good sessions in a row so far
#   $needed (Number) - good sessions that step it up
#   $level (String) - the next level's name (coach-level-*)
coach-progress-towards = { $done } of { $needed ->
    [one] { $needed } good session
   *[other] { $needed } good sessions
} towards { $level }.

# Variables:
#   $routine (String) - the routine's name
#   $when (String) - today, yesterday or recently
#   $why (String) - what made it a flare
#   $flared (String) - the routine that flared
coach-why-first-after-flare = First time with { $routine }, a step easier: your back flared { $when ->
    [today] today
    [yesterday] yesterday
   *[recently] recently
} ({ $why } in { $flared }).
# Variables:
#   $routine (String) - the routine's name
coach-why-first = First time with { $routine }: start at the standard level and see how it feels.
# Variables:
#   $routine (String) - the routine's name
#   $why (String) - what made last time a flare
coach-why-gentler-last = A gentler { $routine } today: last time { $why }.
# Variables:
#   $routine (String) - the routine's name
#   $when (String) - today, yesterday or recently
#   $why (String) - what made it a flare
#   $flared (String) - the routine that flared
coach-why-gentler-other = A gentler { $routine } today: your back flared { $when ->
    [today] today
    [yesterday] yesterday
   *[recently] recently
} ({ $why } in { $flared }).
# Variables:
#   $routine (String) - the routine's name
#   $why (String) - what made last time a flare
coach-why-gentlest-last = { $routine } at the gentlest level again: last time { $why }. If it keeps flaring, check in with a health professional.
# Variables:
#   $routine (String) - the routine's name
#   $when (String) - today, yesterday or recently
#   $why (String) - what made it a flare
#   $flared (String) - the routine that flared
coach-why-gentlest-other = { $routine } at the gentlest level again: your back flared { $when ->
    [today] today
    [yesterday] yesterday
   *[recently] recently
} ({ $why } in { $flared }). If it keeps flaring, check in with a health professional.
# Variables:
#   $routine (String) - the routine's name
coach-why-top = { $routine } at its hardest level: keep it steady and enjoy it.
# Variables:
#   $left (Number) - good sessions still needed
coach-why-same = Same level as last time: it steps up after { $left ->
    [one] { $left } more session that feels
   *[other] { $left } more sessions that feel
} about right with no rise in pain (or two in a row that feel too easy).
# Variables:
#   $when (String) - today, yesterday or recently
#   $why (String) - what made it a flare
#   $flared (String) - the routine that flared
coach-why-held = Same level today: your back flared { $when ->
    [today] today
    [yesterday] yesterday
   *[recently] recently
} ({ $why } in { $flared }), so no step up until it settles.
# Variables:
#   $routine (String) - the routine's name
coach-why-harder-easy = A harder { $routine } today: your last two sessions felt too easy, with no rise in pain.
# Variables:
#   $routine (String) - the routine's name
#   $felt (String) - easy, right (about right) or mixed (some of each)
#   $top (Number) - the highest pain after those sessions
#   $steady (String) - same when pain after was the same every time, else lower
coach-why-harder = A harder { $routine } today: your last three sessions { $felt ->
    [easy] felt easy
    [right] felt about right
   *[mixed] felt easy or about right
} and { $steady ->
    [same] pain stayed at { $top }
   *[lower] pain stayed at { $top } or lower
}.
coach-why-flare-plan = Easier while your flare plan is on: gentle movement helps a flare settle, and nothing gets harder until it does.

## A recent flare, on Today.
# Variables:
#   $routine (String) - the routine after which the back flared
#   $when (String) - today, yesterday or recently
#   $why (String) - what made it a flare
coach-flare-note = Your back flared after { $routine } { $when ->
    [today] today
    [yesterday] yesterday
   *[recently] recently
} ({ $why }). Keep today's session gentle, and if the pain hasn't settled in a day or two, or keeps getting worse, check with a health professional.
# Variables:
#   $routine (String) - the routine after which the back flared
#   $when (String) - today, yesterday or recently
#   $why (String) - what made it a flare
#   $next (String) - when the next session is ("tomorrow", "on Friday")
coach-flare-note-rest-day = Your back flared after { $routine } { $when ->
    [today] today
    [yesterday] yesterday
   *[recently] recently
} ({ $why }). Today is a rest day: rest, and an easy walk if it feels all right. If the pain hasn't settled in a day or two, or keeps getting worse, check with a health professional. Your next session is { $next }.

## Today's walk, and why.
# Variables:
#   $minutes (Number) - minutes of walking
coach-walk-flare = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} of easy walking, no more than last week while your back settles.
# Variables:
#   $minutes (Number) - minutes of walking
coach-walk-first = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} of easy walking, or swimming or cycling if you prefer. Slow is fine.
# Variables:
#   $minutes (Number) - minutes of walking
coach-walk-cap = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} of walking, swimming or cycling: as much as the plan asks for. Well done.
# Variables:
#   $minutes (Number) - this week's minutes
#   $from (Number) - last week's minutes
#   $days (Number) - days with a walk that step it up
coach-walk-up = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}: a little more than { $from }, because last week you walked about { $from ->
    [one] { $from } minute
   *[other] { $from } minutes
} on { $days ->
    [one] { $days } day
   *[other] { $days } days
} or more.
# Variables:
#   $minutes (Number) - this week's minutes
#   $needed (Number) - walks needed in a week
#   $walks (Number) - walks last week
coach-walk-not-done = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} again: it goes up after a week with { $needed ->
    [one] { $needed } walk
   *[other] { $needed } walks
} of about { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}, and last week had { $walks ->
    [0] none
    [one] { $walks } walk
   *[other] { $walks } walks
}.
# Variables:
#   $minutes (Number) - this week's minutes
coach-walk-flared = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} again: your back flared last week, so it holds for now.

## The weekly check-in.
coach-checkin-title = Weekly check-in
coach-checkin-intro = A minute to see how things are changing. Only the pain question is needed; skip the others if you like.
coach-checkin-pain-label = How bad is your back pain today?
# Variables:
#   $activity (String) - an everyday activity, in the person's own words
coach-checkin-activity-label = { $activity }: how well can you do it now?
coach-checkin-pick-pain = Pick your pain from 0 to 10 first.
coach-checkin-save = Save check-in
coach-checkin-first-later = Your first weekly check-in comes a week after you made your plan.
coach-checkin-trend-title = Weekly check-ins
coach-checkin-pain-series = Pain
coach-checkin-chart-caption = Pain and your activities at each check-in (0 to 10)
## What changed since the start, in one sentence built from these parts: each change is a
## phrase, the phrases are listed ("a, b and c"), and the list goes into a sentence.
# Variables:
#   $from (Number) - pain at the start, 0 to 10
#   $to (Number) - pain now
coach-checkin-pain-down = pain is down from { $from } to { $to }
# Variables:
#   $from (Number) - pain at the start, 0 to 10
#   $to (Number) - pain now
coach-checkin-pain-up = pain is up from { $from } to { $to }
# Variables:
#   $activity (String) - the activity, in the person's own words
#   $from (Number) - how well they could do it at the start, 0 to 10
#   $to (Number) - how well they can now
coach-checkin-easier = “{ $activity }” is easier ({ $from } to { $to })
# Variables:
#   $activity (String) - the activity, in the person's own words
#   $from (Number) - how well they could do it at the start, 0 to 10
#   $to (Number) - how well they can now
coach-checkin-harder = “{ $activity }” is harder ({ $from } to { $to })
coach-checkin-no-change = No big changes since you started yet. Steady is fine: keep going.
# Variables:
#   $better (String) - the changes for the better, listed
coach-checkin-better = Since you started, { $better }.
# Variables:
#   $worse (String) - the changes for the worse, listed
coach-checkin-worse = Since you started, { $worse }. If things keep getting worse, check with a health professional.
# Variables:
#   $better (String) - the changes for the better, listed
#   $worse (String) - the changes for the worse, listed
coach-checkin-mixed = Since you started, { $better }; but { $worse }.

## The plan's part of Today.
coach-hero-start = Start
coach-hero-whats-in-it = What's in it
coach-hero-why-level = Why this level?
coach-hero-rest = Rest, and a walk if you like
# Variables:
#   $minutes (Number) - the walk's minutes
coach-hero-rest-walk = Rest, and an easy { $minutes }-minute walk
coach-hero-log-walk = Log a walk
# Variables:
#   $routine (String) - the routine's name
#   $minutes (Number) - about how long it takes
coach-hero-second = Or a session if you feel like it: { $routine }, about { $minutes } min
coach-hero-today = Today
coach-hero-history = Your history
# Variables:
#   $schedule (String) - the plan's days and time ("Mon, Wed and Fri at 07:30")
coach-plan-when = Your plan: { $schedule }.
coach-plan-reminders = Add reminders to my calendar
coach-plan-reminders-saved = Open the file to add the reminders to your calendar.
coach-plan-reminders-failed = Your browser wouldn't save the file.
coach-reminder-title = Limber: a few minutes for your back
coach-reminder-description = Time for your gentle back routine. Open Limber to start.
coach-also-today = Also today
coach-checkin-prompt = A minute to see how things are changing.
coach-checkin-open = Check in
coach-checkin-saved = Check-in saved.
coach-checkin-see-changes = See how things are changing
coach-not-now = Not now
# Variables:
#   $minutes (Number) - today's walk in minutes
coach-walk-title = { $minutes ->
    [8] An { $minutes }-minute walk
    [11] An { $minutes }-minute walk
    [18] An { $minutes }-minute walk
   *[other] A { $minutes }-minute walk
}
coach-walk-none-this-week = No cardio logged this week yet.
# Variables:
#   $minutes (Number) - minutes of cardio this week
coach-walk-this-week = This week so far: { $minutes } min of walking, swimming or cycling.
coach-log-it = Log it
coach-flare-row-thanks = Thanks for checking in today. Go gently.
coach-flare-row-above = Your answer to the question above counts for today.
coach-flare-row-open = Open
# Variables:
#   $stage (String) - the stage the plan is back on (coach-stage-*)
coach-flare-row-settled = Your back has settled: back to the “{ $stage }” routines.
coach-flare-row-calm = A calm plan for the bad days

## "Why this level".
coach-why-title = Why this level
coach-why-last-sessions = Your last sessions
coach-why-your-walking = Your walking
coach-why-no-sessions = No sessions yet: your first one starts at the standard level.
# Variables:
#   $compared (String) - better, same or worse: how the back was the next morning
coach-why-next-morning = Next morning: { $compared ->
    [better] better
    [worse] worse
   *[same] about the same
}.
# Variables:
#   $date (Date) - the session's day
#   $routine (String) - the routine's name
#   $level (String) - its level (coach-level-*)
coach-why-session-head = { $date } · { $routine } · { $level }
# Variables:
#   $stage (String) - the plan's stage (coach-stage-*)
coach-why-next-up = Next up · { $stage }
# Variables:
#   $routine (String) - the routine's name
#   $level (String) - today's level (coach-level-*)
coach-why-routine-level = { $routine }: { $level }
# Variables:
#   $day (Number) - which day of the flare plan it is, from 1
coach-why-flare-on = Your flare plan is on (day { $day }): the routines for bad days, and nothing steps up until it settles.
# Variables:
#   $steps (Number) - good sessions in a row that step a routine up
#   $easy (Number) - "too easy" sessions in a row that step it up sooner
coach-why-how-it-works = How it works: each routine steps up after { $steps ->
    [one] { $steps } session
   *[other] { $steps } sessions
} in a row that felt about right or easy with no rise in pain (or { $easy ->
    [one] { $easy } session
   *[other] { $easy } sessions
} in a row that felt too easy), and the next session steps back after a flare. The next morning has the last word: worse means a flare, settled means it went well.
