### The guided session: the check before it, the player and its voice, "this hurts", and
### the questions after it.

## What the voice says. Written for the ear: short and natural when spoken.

# A number said aloud: a repetition being counted, or 3, 2, 1 before a step ends.
# Variables:
#   $number (Number) - the number
session-say-number = { $number }
session-say-halfway = Halfway.
session-say-all-done = All done. Well done.
# Variables:
#   $name (String) - the exercise's name
session-say-get-ready = Get ready: { $name }.
# Variables:
#   $name (String) - the exercise's name
session-say-next = Next: { $name }.
# Variables:
#   $name (String) - the exercise's name
#   $how (String) - the first step of how to do it, a whole sentence
session-say-get-ready-how = Get ready: { $name }. { $how }
# Variables:
#   $name (String) - the exercise's name
#   $how (String) - the first step of how to do it, a whole sentence
session-say-next-how = Next: { $name }. { $how }
# Variables:
#   $secs (Number) - seconds of rest
session-say-rest = Rest for { $secs ->
    [one] { $secs } second
   *[other] { $secs } seconds
}.
# Variables:
#   $secs (Number) - seconds of rest
#   $next (String) - what comes after the rest, a whole sentence (as the voice says a step)
session-say-rest-then = Rest for { $secs ->
    [one] { $secs } second
   *[other] { $secs } seconds
}. Next: { $next }
# Variables:
#   $name (String) - the exercise's name
#   $reps (Number) - repetitions in this set
session-say-reps = { $name }: { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}.
# Variables:
#   $name (String) - the exercise's name
#   $side (String) - "left" or "right"
#   $reps (Number) - repetitions in this set
session-say-reps-side = { $name }, { $side ->
    [left] left side
   *[right] right side
}: { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}.
# Variables:
#   $name (String) - the exercise's name
#   $set (Number) - which set this is
#   $sets (Number) - how many sets there are
#   $reps (Number) - repetitions in this set
session-say-reps-set = { $name }, set { $set } of { $sets }: { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}.
# Variables:
#   $name (String) - the exercise's name
#   $side (String) - "left" or "right"
#   $set (Number) - which set this is
#   $sets (Number) - how many sets there are
#   $reps (Number) - repetitions in this set
session-say-reps-set-side = { $name }, { $side ->
    [left] left side
   *[right] right side
}, set { $set } of { $sets }: { $reps ->
    [one] { $reps } rep
   *[other] { $reps } reps
}.
# Variables:
#   $name (String) - the exercise's name
#   $secs (Number) - seconds to hold
session-say-hold = { $name }: hold for { $secs ->
    [one] { $secs } second
   *[other] { $secs } seconds
}.
# Variables:
#   $name (String) - the exercise's name
#   $side (String) - "left" or "right"
#   $secs (Number) - seconds to hold
session-say-hold-side = { $name }, { $side ->
    [left] left side
   *[right] right side
}: hold for { $secs ->
    [one] { $secs } second
   *[other] { $secs } seconds
}.
# Variables:
#   $name (String) - the exercise's name
#   $set (Number) - which hold this is
#   $sets (Number) - how many holds there are
#   $secs (Number) - seconds to hold
session-say-hold-set = { $name }, hold { $set } of { $sets }: { $secs ->
    [one] { $secs } second
   *[other] { $secs } seconds
}.
# Variables:
#   $name (String) - the exercise's name
#   $side (String) - "left" or "right"
#   $set (Number) - which hold this is
#   $sets (Number) - how many holds there are
#   $secs (Number) - seconds to hold
session-say-hold-set-side = { $name }, { $side ->
    [left] left side
   *[right] right side
}, hold { $set } of { $sets }: { $secs ->
    [one] { $secs } second
   *[other] { $secs } seconds
}.
# A walk, swim or ride starts.
# Variables:
#   $name (String) - the activity's name
#   $minutes (Number) - its planned minutes
session-say-activity = { $name }: { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} at an easy pace.
# Variables:
#   $side (String) - "left" or "right": the side to do now
session-say-switch = Switch sides: now the { $side ->
    [left] left side
   *[right] right side
}.
# A walk, swim or ride reached its planned minutes; it goes on until the person is home.
# Variables:
#   $minutes (Number) - the planned minutes
session-say-time-reached = That's { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}. Head home when you're ready.
# Shown (and said) once a walk's planned minutes are up. "I'm back" is the button session-im-back.
session-tip-time-up = Time's up: tap "I'm back" when you're home.

## The line above the count while working.

# Variables:
#   $set (Number) - which set this is
#   $sets (Number) - how many sets there are
session-label-set = Set { $set } of { $sets }
# Variables:
#   $set (Number) - which set this is
#   $sets (Number) - how many sets there are
#   $side (String) - "left" or "right"
session-label-set-side = Set { $set } of { $sets } · { $side ->
    [left] left side
   *[right] right side
}
# Between the two sides of a set.
# Variables:
#   $set (Number) - which set this is
#   $sets (Number) - how many sets there are
#   $side (String) - "left" or "right": the side to do next
session-label-set-switch = Set { $set } of { $sets } · now the { $side ->
    [left] left side
   *[right] right side
}
# Variables:
#   $side (String) - "left" or "right"
session-label-side = { $side ->
    [left] Left side
   *[right] Right side
}
# Variables:
#   $side (String) - "left" or "right": the side to do next
session-label-switch = { $side ->
    [left] Now the left side
   *[right] Now the right side
}
session-eyebrow-get-ready = Get ready
session-eyebrow-next-up = Next up
session-eyebrow-easy-pace = At an easy pace
# During a rest between sets.
# Variables:
#   $set (Number) - the set that comes next
#   $sets (Number) - how many sets there are
session-eyebrow-next-set = Next: set { $set } of { $sets }

## Under the big number in the ring (short).

session-phase-position = Get into position
session-phase-reps = Reps
session-phase-hold = Hold
session-phase-rest = Rest
session-phase-switch = Switch sides
session-ring-paused = Paused
# Under the number of the repetition being done: "3" then "rep of 10".
# Variables:
#   $reps (Number) - repetitions in the set
session-ring-rep-of = rep of { $reps }
# Under a walk's running clock: "4:05" then "of 20 minutes".
# Variables:
#   $minutes (Number) - the planned minutes
session-ring-of-minutes = of { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}

## The player screen.

# For screen readers, when the session is paused.
session-paused = Paused.
# Variables:
#   $number (Number) - which exercise this is
#   $total (Number) - how many exercises the session has
session-exercise-of = Exercise { $number } of { $total }
session-close = Close
session-how = How
# Variables:
#   $name (String) - the exercise's name
session-how-title = How to do { $name }
session-keep-in-mind = Keep in mind
session-back-to-exercise = Back to the exercise
# The picture's description for screen readers.
# Variables:
#   $name (String) - the exercise's name
session-figure-label = How { $name } looks
session-controls = Session controls
session-previous = Previous exercise
session-next-exercise = Next exercise
session-pause = Pause
session-resume = Resume
# Adds 15 seconds to a rest (a small round button).
session-add-rest = +15 s
session-this-hurts = This hurts
session-done-set = Done with this set
# A walk, swim or ride is over: the person is home.
session-im-back = I'm back
session-skip-rest = Skip rest
session-im-ready = I'm ready
session-stop-title = Stop the session here?
session-stop-paused = The clock is paused while you decide.
session-save-what-i-did = Save what I did
session-carry-on = Carry on
session-discard = Discard this session

## "This hurts".

session-hurts-title = Sorry it hurts
session-hurts-how-bad = How bad is it right now?
session-hurts-spreading = The pain is spreading down my leg
session-carry-on-gently = Carry on gently
# Variables:
#   $name (String) - the easier exercise's name
session-easier-variant = Make it easier: { $name }
session-easier-smaller = Make it easier: fewer reps, smaller moves
session-easier-range = Make it easier: smaller, slower moves
session-skip-exercise = Skip this exercise
session-end = End the session
session-hurts-close = Close

## Before the session.

session-check-back = ‹ Back
# How long a session takes, rounded to whole minutes (never 0).
# Variables:
#   $minutes (Number) - its length in minutes
session-about = About { $minutes } min
# Variables:
#   $routine (String) - the routine's name
#   $length (String) - how long it takes (session-about)
session-check-eyebrow = { $routine } · { $length }
session-check-title = Before you start
session-check-pain = How is your back right now?
# Variables:
#   $pain (Number) - the pain the person gave, 0 to 10
session-check-recent = You told Limber { $pain } out of 10 a little while ago. Change it if it's different now.
session-start = Start
session-check-answer-first = Answer the question above to start.
session-continue = Continue to the session

## After the session.

session-after-ended = Session ended
session-after-well-done = Well done!
# Variables:
#   $total (Number) - the exercises in the session, all done
#   $duration (String) - how long it took ("12 min 05 s")
session-after-did-all = You did { $total ->
    [one] { $total } exercise
   *[other] { $total } exercises
} in { $duration }.
# Variables:
#   $done (Number) - the exercises done
#   $total (Number) - the exercises in the session
#   $duration (String) - how long it took ("12 min 05 s")
session-after-did-some = You did { $done } of { $total ->
    [one] { $total } exercise
   *[other] { $total } exercises
} in { $duration }.
# Variables:
#   $name (String) - the exercise's name
session-after-eased = { $name } (easier version)
session-after-not-done = not done
# Variables:
#   $sets (Number) - the sets planned, all done
session-after-sets-all = { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}
# Variables:
#   $done (Number) - the sets done
#   $sets (Number) - the sets planned
session-after-sets-some = { $done } of { $sets ->
    [one] { $sets } set
   *[other] { $sets } sets
}
# Variables:
#   $status (String) - the sets done (session-after-sets-all or -some)
#   $pain (Number) - the pain reported during the exercise, 0 to 10
session-after-with-pain = { $status } · pain { $pain }/10
# Variables:
#   $pain (Number) - the pain before the session, 0 to 10
session-after-before = Before you started: { $pain }/10
session-after-pain = How much does your back hurt now?
session-after-feeling = How did it feel?
session-after-note = Anything to remember? (optional)
session-after-note-example = For example: hips felt tight, easier than last week
session-after-still-here = Your session is still here: try Save again, or keep it as a file to import later.
session-after-download = Download this session
session-after-save = Save session
session-after-dont-save = Don't save
session-after-leave-question = Leave without saving?
session-after-leave-text = Leave without saving? This session won't be in your history.
session-after-leave = Leave without saving
session-after-keep = Keep it
session-next-saved = Saved. Well done!
session-next-title = What's next
session-next-log-walk = Log a walk when you're back
session-next-today = Go to Today
session-next-history = See it in your history

## Exercise pictures: how the figure is seen, for screen readers and captions.

session-figure-view-side = seen from the side
session-figure-view-front = seen from the front
session-figure-view-above = seen from above
