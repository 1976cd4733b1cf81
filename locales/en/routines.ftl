### English. Routines: the built-in routines' texts, a person's own routines (making and
### changing them), and sharing a routine as a link or a code.

## Stages: who a routine is written for (their names are coach-stage-*).
routines-stage-flare-up-about = Slow, gentle and mostly lying down, for when your back is sore.
routines-stage-building-about = As pain settles: a little more strength and range.
routines-stage-maintaining-about = Keeping a recovered back strong and supple.


## What each built-in routine is for (under its name).
routines-goal-gentle-start = Three lying-down moves to ease a stiff, sore back without strain.
routines-goal-flare-up-relief = Five very gentle minutes on your back for days when everything hurts.
routines-goal-no-floor-needed = Easy moves in a chair and on your feet, for when getting down to the floor is too much.
routines-goal-morning-mobility = Loosens a stiff back after a night's sleep, moving from lying to standing.
routines-goal-core-basics = Gently builds the tummy, hip and back muscles that support your spine.
routines-goal-hips-and-hamstrings = Loosens tight hips and thighs and strengthens your buttocks to ease the load on your back.
routines-goal-evening-wind-down = Slow, easy stretches on the floor to help your back settle before bed.
routines-goal-core-builder = Stronger core work for a steady back, once the basics feel easy.
routines-goal-desk-break = A quick reset for a long day of sitting, with just a chair and a wall.
routines-goal-full-maintenance = A complete session of strength, stretching and mobility to keep your back in good shape.
routines-goal-easy-walk = A short, easy walk to keep you moving, even on a sore day.
routines-goal-stationary-cycle = Low-impact pedalling that builds fitness without jarring your back.
routines-goal-swim = Easy lengths in the pool, with the water taking your weight.
routines-goal-water-workout = A gentle water aerobics session that builds fitness with little load on your back.

## A person's own routine.
# Under the name of a routine the person made, when they wrote nothing about it.
routines-goal-own = Your own routine.
# Under the name of a routine someone sent, when they wrote nothing about it.
# Variables:
#   $from (String) - who made it, as they wrote their name
routines-goal-from = From { $from }.
# A copy of a routine, to change, before the person renames it.
# Variables:
#   $name (String) - the routine's name
routines-copy-name = My { $name }
# A built-in routine at a level other than the standard one (a report's code, a shared link).
# Variables:
#   $name (String) - the routine's name
#   $level (String) - which level: easiest, easier, standard, harder or hardest (a word to select on, never shown)
routines-name-at-level =
    { $level ->
        [easiest] { $name } (easiest level)
        [easier] { $name } (easier level)
        [harder] { $name } (harder level)
        [hardest] { $name } (hardest level)
       *[standard] { $name }
    }

## Why a routine can't be saved, told to the person making it.
routines-error-no-name = Give your routine a name.
# Variables:
#   $max (Number) - the most characters allowed
routines-error-name-too-long = The name is too long: keep it to { $max } characters.
# Variables:
#   $max (Number) - the most characters allowed
routines-error-note-too-long = "What it's for" is too long: keep it to { $max } characters.
# Variables:
#   $max (Number) - the most characters allowed
routines-error-from-too-long = The name of who made it is too long: keep it to { $max } characters.
routines-error-no-exercises = Add at least one exercise.
# Variables:
#   $max (Number) - the most exercises allowed
routines-error-too-many-exercises = That's more than { $max } exercises. Split it into two shorter routines.
# Variables:
#   $id (String) - the exercise's code, as the link or file has it
routines-error-unknown-exercise = It includes an exercise this version of Limber doesn't know ("{ $id }").
# Variables:
#   $id (String) - the routine's code, as the link has it
routines-error-unknown-routine = It names a routine this version of Limber doesn't know ("{ $id }").
# Variables:
#   $minutes (Number) - how long the routine would take
#   $max (Number) - the longest a routine may take, in minutes
routines-error-too-long = This would take about { $minutes } minutes. Keep a routine under { $max } minutes; shorter, regular sessions help a back more.

## A dose out of bounds, told to the person making the routine.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest repetitions allowed
#   $max (Number) - the most repetitions allowed
routines-error-dose-reps = Exercise { $position }, { $exercise }: reps need to be from { $min } to { $max }.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the shortest hold allowed, in seconds
#   $max (Number) - the longest hold allowed, in seconds
routines-error-dose-hold = Exercise { $position }, { $exercise }: holds need to be from { $min } to { $max } seconds.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest minutes allowed
#   $max (Number) - the most minutes allowed
routines-error-dose-minutes = Exercise { $position }, { $exercise }: minutes need to be from { $min } to { $max }.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest sets allowed
#   $max (Number) - the most sets allowed
routines-error-dose-sets = Exercise { $position }, { $exercise }: sets need to be from { $min } to { $max }.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the shortest rest allowed, in seconds
#   $max (Number) - the longest rest allowed, in seconds
routines-error-dose-rest = Exercise { $position }, { $exercise }: rest needs to be from { $min } to { $max } seconds.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest seconds a repetition may take
#   $max (Number) - the most seconds a repetition may take
routines-error-dose-tempo = Exercise { $position }, { $exercise }: each rep needs to take from { $min } to { $max } seconds.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
routines-error-dose-wrong-kind = Exercise { $position }, { $exercise }: the dose doesn't fit this exercise.

## A shared link that can't be opened, told to the person who received it.
routines-shared-empty = This link has no routine in it. Ask whoever sent it to share it again.
routines-shared-too-long = This link is far longer than any routine Limber makes, so it wasn't opened. Nothing has been saved.
routines-shared-newer = This routine was shared from a newer version of Limber. Reload Limber to update it, then open the link again.
routines-shared-damaged = This link looks cut short or changed, so Limber can't trust it. Nothing has been saved. Ask for the link again, and copy all of it.
# Variables:
#   $problem (String) - what is wrong with it: one of the routines-shared-bad-… sentences
routines-shared-invalid = { $problem } Nothing has been saved. Ask whoever sent it to check it and share it again.
routines-shared-bad-no-name = This routine can't be used: it has no name.
routines-shared-bad-name-too-long = This routine can't be used: its name is too long.
routines-shared-bad-note-too-long = This routine can't be used: its description is too long.
routines-shared-bad-from-too-long = This routine can't be used: the sender's name is too long.
routines-shared-bad-no-exercises = This routine can't be used: it has no exercises in it.
# Variables:
#   $max (Number) - the most exercises allowed
routines-shared-bad-too-many-exercises = This routine can't be used: it has more than { $max } exercises.
routines-shared-bad-unknown-exercise = This routine can't be used: it includes an exercise this version of Limber doesn't know (reloading Limber may update it).
routines-shared-bad-unknown-routine = This routine can't be used: it is one of Limber's routines that this version doesn't know (reloading Limber may update it).
# Variables:
#   $minutes (Number) - how long the routine would take
routines-shared-bad-too-long = This routine can't be used: it would take about { $minutes } minutes, which is too long for one routine.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest repetitions allowed
#   $max (Number) - the most repetitions allowed
routines-shared-bad-dose-reps = This routine can't be used: in exercise { $position }, { $exercise }, reps need to be from { $min } to { $max }.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the shortest hold allowed, in seconds
#   $max (Number) - the longest hold allowed, in seconds
routines-shared-bad-dose-hold = This routine can't be used: in exercise { $position }, { $exercise }, holds need to be from { $min } to { $max } seconds.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest minutes allowed
#   $max (Number) - the most minutes allowed
routines-shared-bad-dose-minutes = This routine can't be used: in exercise { $position }, { $exercise }, minutes need to be from { $min } to { $max }.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest sets allowed
#   $max (Number) - the most sets allowed
routines-shared-bad-dose-sets = This routine can't be used: in exercise { $position }, { $exercise }, sets need to be from { $min } to { $max }.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the shortest rest allowed, in seconds
#   $max (Number) - the longest rest allowed, in seconds
routines-shared-bad-dose-rest = This routine can't be used: in exercise { $position }, { $exercise }, rest needs to be from { $min } to { $max } seconds.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
#   $min (Number) - the fewest seconds a repetition may take
#   $max (Number) - the most seconds a repetition may take
routines-shared-bad-dose-tempo = This routine can't be used: in exercise { $position }, { $exercise }, each rep needs to take from { $min } to { $max } seconds.
# Variables:
#   $position (Number) - the exercise's place in the list, from 1
#   $exercise (String) - the exercise's name
routines-shared-bad-dose-wrong-kind = This routine can't be used: in exercise { $position }, { $exercise }, the dose doesn't fit this exercise.

routines-qr-too-long = This routine is too long for a code. Send the link instead.

## The routines screen.
routines-title = Routines
# The tabs between routines and exercises, for a screen reader.
routines-tabs-label = Browse
routines-tab-routines = Routines
routines-tab-exercises = Exercises
# Variables:
#   $name (String) - the routine's name, as the person wrote it
routines-deleted = Deleted “{ $name }”.
routines-undo = Undo
routines-filter-stage = Stage
routines-filter-time = Time you have
routines-all-stages = All
routines-any-length = Any length
# A "time you have" choice.
# Variables:
#   $minutes (Number) - the longest a routine may take
routines-length-at-most = { $minutes } min or less
routines-none-match = No routine fits those choices. Try a longer time or another stage.
# Variables:
#   $count (Number) - how many routines the filters show
routines-count =
    { $count ->
        [one] { $count } routine
       *[other] { $count } routines
    }
routines-own-title = Your own
routines-own-intro = Put together the exercises that suit you, or open one your physiotherapist sent.
routines-make-own = Make your own routine
# On the card of a routine the person made or saved.
routines-card-yours = Yours
# Variables:
#   $minutes (Number) - how long it takes, in minutes
#   $count (Number) - how many exercises it has
routines-card-meta =
    { $count ->
        [one] About { $minutes } min · { $count } exercise
       *[other] About { $minutes } min · { $count } exercises
    }
# A walk, swim or ride: one timed bout rather than exercises.
# Variables:
#   $minutes (Number) - how long it takes, in minutes
routines-card-meta-timed = About { $minutes } min · timed session

## One routine's page.
routines-back = ‹ Routines
# Variables:
#   $from (String) - who sent it, as they wrote their name
#   $stage (String) - the stage it is for ("Building up")
routines-eyebrow-from = From { $from } · { $stage }
# Variables:
#   $stage (String) - the stage it is for ("Building up")
routines-eyebrow-own = Your routine · { $stage }
# Variables:
#   $stage (String) - the stage it is for ("Building up")
#   $about (String) - one line on who that stage is for
routines-eyebrow-built-in = { $stage } · { $about }
routines-cardio-note = Do this one at an easy pace: you should be able to talk while you go. Start the timer when you set off, or simply log it in History afterwards.
routines-why-level = Why this level?
# Variables:
#   $minutes (Number) - how long the routine takes at this level, in minutes
routines-total = About { $minutes } min
routines-easier-version = Easier version
routines-harder-version = Harder version
routines-change = Change it
routines-delete = Delete
routines-make-own-version = Make my own version
routines-start = Start
routines-plan-title = Use it in my plan
# Variables:
#   $day (Date) - the first day it is used
routines-plan-only = This is your only routine in the plan, from { $day }. Today offers it on your plan days.
# Variables:
#   $day (Date) - the first day it is used
routines-plan-turns = This routine takes turns with your plan's other routines, from { $day }.
routines-plan-take-out = Take it out of my plan
routines-plan-intro = Limber can offer this routine on your plan days, taking turns with the other routines or instead of them, from your next plan day.
routines-plan-add = Add it to my plan
routines-plan-only-this = Use only this routine

## Making or changing a routine.
routines-editor-change = Change your routine
routines-editor-name = Name
routines-editor-stage = Best for
routines-editor-note = What it's for
routines-optional = (optional)
routines-editor-exercises = Exercises
routines-editor-none-yet = No exercises yet
# Variables:
#   $count (Number) - how many exercises it has
#   $minutes (Number) - about how long it takes, in minutes
routines-editor-estimate =
    { $count ->
        [one] { $count } exercise · about { $minutes } min
       *[other] { $count } exercises · about { $minutes } min
    }
routines-editor-add = + Add an exercise
routines-editor-save = Save routine
routines-editor-cancel = Cancel
# Said by a screen reader after an exercise is moved.
# Variables:
#   $name (String) - the exercise's name
#   $position (Number) - its place in the list now, from 1
#   $count (Number) - how many exercises there are
routines-editor-moved = { $name } is now number { $position } of { $count }.
# Said by a screen reader.
# Variables:
#   $name (String) - the exercise's name
routines-editor-removed = Removed { $name }.
# Said by a screen reader.
# Variables:
#   $name (String) - the exercise's name
#   $count (Number) - how many exercises the routine has now
routines-editor-added = Added { $name }. { $count } in the routine.
routines-editor-reps = Reps
routines-editor-hold = Hold (seconds)
routines-editor-minutes = Minutes
routines-editor-one-bout = One continuous bout.
routines-editor-sets = Sets
routines-editor-rest = Rest (seconds)
# The drag handle, for a screen reader.
# Variables:
#   $name (String) - the exercise's name
#   $position (Number) - its place in the list, from 1
#   $count (Number) - how many exercises there are
routines-editor-handle = Move { $name }, number { $position } of { $count }. Use the up and down arrow keys, or drag.
# Variables:
#   $name (String) - the exercise's name
routines-editor-up-label = Move { $name } up
routines-editor-up = ↑ Up
# Variables:
#   $name (String) - the exercise's name
routines-editor-down-label = Move { $name } down
routines-editor-down = ↓ Down
# Variables:
#   $name (String) - the exercise's name
routines-editor-remove-label = Remove { $name }
routines-editor-remove = Remove
routines-picker-title = Add exercises
routines-picker-search = Search the library
# Variables:
#   $name (String) - the exercise's name
routines-picker-add-label = Add { $name }
routines-picker-add = Add
routines-picker-done = Done adding
# Variables:
#   $count (Number) - how many exercises the routine has now
routines-picker-done-count =
    { $count ->
        [one] Done adding ({ $count } exercise)
       *[other] Done adding ({ $count } exercises)
    }

## A routine someone sent (a link or a code).
routines-shared-eyebrow = A routine shared with you
routines-shared-before = Before you look
routines-shared-intro = Limber guides you through gentle exercises for everyday low back pain, and keeps everything on this device. It gives general guidance, not a diagnosis.
routines-shared-next = Next
routines-shared-cannot-open = This link can't be opened
routines-shared-untouched = Your own routines and history are just as they were.
routines-go-today = Go to Today
# Variables:
#   $from (String) - who sent it, as they wrote their name
routines-shared-by = Shared by { $from }
# Variables:
#   $stage (String) - the stage it is for ("Building up")
#   $count (Number) - how many exercises it has
#   $minutes (Number) - about how long it takes, in minutes
routines-shared-meta =
    { $count ->
        [one] { $stage } · { $count } exercise · about { $minutes } min
       *[other] { $stage } · { $count } exercises · about { $minutes } min
    }
routines-shared-look-first = Have a look before you save it. As with any routine: go gently, and stop or ease off anything that makes your pain worse.
routines-shared-saved-already = You've saved this routine already.
routines-shared-open-it = Open it
routines-shared-save = Save to my routines
routines-shared-not-now = Not now
routines-paste-title = Open a routine someone sent you
routines-paste-help = Tapping the link usually opens it. If it opens in your browser instead of this app, copy the link and paste it here. You'll see the routine before anything is saved.
routines-paste-label = Routine link
routines-paste-open = Open
routines-paste-not-a-link = That doesn't look like a Limber routine link. Copy the whole link and paste it again.

## Sharing a routine.
routines-share-title = Share this routine
routines-share-intro = The routine travels inside the link itself. Nothing is uploaded anywhere, and whoever opens it sees a preview before anything is saved.
routines-share-your-name = Your name
routines-share-your-name-hint = (optional, shown to whoever opens it)
# Variables:
#   $max (Number) - the most characters allowed
routines-share-name-too-long = Your name is too long for the link: keep it to { $max } characters.
routines-share-make = Make the link
routines-share-link = Link
routines-share-copy = Copy link
routines-share-send = Share…
routines-share-copied = Link copied. Paste it into a message or an email.
routines-share-copy-failed = Couldn't copy here. Press and hold the link above to copy it yourself.
# The line that goes with the link in a message (in the sender's language).
routines-share-text = A back routine for you in Limber:
# The code's name, for a screen reader.
routines-share-qr-label = QR code of the share link
routines-share-scan = Or scan this with another phone's camera.
