### English. Goals of the person's own and their weekly plans: what, which days, where, how
### much, and one if-then plan for what may get in the way. The person's own words are put
### into these sentences as they wrote them, so each sentence must work around any phrase.

## The goals screen

goals-title = Your goals
goals-lead = A goal of your own gives the exercise a point. Pick something you want to get back to, and plan one small step each week.
goals-examples = For example: “Walk to the park with my grandson”, “Garden for an hour”, “Sit through a film”.
goals-new = New goal
goals-text-label = Your goal, in your own words
goals-text-placeholder = Walk to the park with my grandson
goals-activity-label = Linked to (optional)
goals-activity-none = Nothing in particular
goals-add = Save goal
# Variables:
#   $max (Number) - how many goals can go at once (3)
goals-full = You have { $max } goals going, the most at once. Mark one reached or set it aside to add another.
goals-reached = I reached it
goals-set-aside = Set it aside
# Variables:
#   $date (Date) - the day it was reached
goals-reached-on = Reached on { $date }. Well done.
# Variables:
#   $date (Date) - the day it was set aside
goals-set-aside-on = Set aside on { $date }.
goals-done-title = Reached or set aside
goals-no-plan = No plan for this week yet.
goals-plan-this-week = Plan this week
goals-change-plan = Change this week's plan
# Variables:
#   $activity (String) - the activity, in the person's own words
goals-linked = Linked to “{ $activity }”

## The weekly plan form (goals and the walking programme)

goals-plan-title = This week's plan
goals-plan-lead = Small and sure beats big and shaky: plan a step you're confident you can do.
goals-what-label = What will you do?
goals-what-placeholder = Walk
goals-days-label = On which days?
goals-place-label = Where? (optional)
goals-place-placeholder = Round the park
goals-amount-label = How much each time?
# The label (for screen readers) of the choice between minutes and times.
goals-unit-label = Counted in
goals-unit-minutes = minutes
goals-unit-times = times
goals-if-title = If something gets in the way (optional)
goals-if-lead = Think of the likeliest thing that could stop you, and what you'll do instead.
goals-if-label = If…
goals-if-placeholder = it rains
goals-then-label = then…
goals-then-placeholder = I walk in the shopping centre
goals-plan-save = Save plan
# The walking programme's week: what and how much come from the programme.
goals-walk-plan-title = Plan this week's walks
# Variables:
#   $walks (Number) - walks this week
#   $minutes (Number) - minutes each
goals-walk-plan-fixed = { $walks ->
    [one] This week: 1 walk of { $minutes } minutes. Pick the day, and where.
   *[other] This week: { $walks } walks of { $minutes } minutes. Pick the days, and where.
}
goals-walk-plan-open = Plan the week
# Under this week's walks on Today: the days picked.
# Variables:
#   $days (String) - the days, listed ("Mon, Wed and Sat")
goals-walk-days = Your walk days: { $days }.
# Variables:
#   $walks (Number) - walks the programme asks for this week
goals-error-walk-days = { $walks ->
    [one] Pick 1 day for your walk.
   *[other] Pick { $walks } days for your walks.
}

## Sentences built from the plan

# A step: what, how many minutes each time, on which days.
# Variables:
#   $what (String) - what, in the person's words ("Walk")
#   $amount (Number) - minutes each time
#   $days (String) - the days, listed ("Mon, Wed and Sat")
goals-step-minutes = { $amount ->
    [one] { $what }, 1 minute on { $days }.
   *[other] { $what }, { $amount } minutes on { $days }.
}
# A step: what, how many times, on which days.
# Variables:
#   $what (String) - what, in the person's words ("Stand up from the sofa")
#   $amount (Number) - how many times each day
#   $days (String) - the days, listed ("Mon, Wed and Sat")
goals-step-times = { $amount ->
    [one] { $what }, once on { $days }.
   *[other] { $what }, { $amount } times on { $days }.
}
# Variables:
#   $place (String) - where, in the person's words
goals-place = Where: { $place }.
# The if-then plan, in the person's own words for both parts.
# Variables:
#   $if (String) - what may get in the way ("it rains")
#   $then (String) - what they'll do then ("I walk in the shopping centre")
goals-if-then = If { $if }, then { $then }.

## Errors

goals-error-empty = Write your goal in a few words.
# Variables:
#   $max (Number) - the longest allowed, in characters
goals-error-long = Keep it to { $max } characters or fewer.
goals-error-what = Say what you will do.
goals-error-days = Pick at least one day.
# Variables:
#   $max (Number) - the most allowed
goals-error-amount = How much: pick a number from 1 to { $max }.
goals-error-if-then = Fill in both parts of the if-then plan, or leave both empty.
# Variables:
#   $max (Number) - how many goals can go at once (3)
goals-error-full = You have { $max } goals going. Mark one reached or set it aside first.

## On Learn: the way in to the check and the goals

goals-learn-title = Your plan to get past it
goals-learn-check = Seven questions on what may be holding you back, and what could help
goals-learn-goals = Goals of your own, with one small step each week

## On Today

goals-row-none = A goal of your own, with a small step each week, keeps you going.
goals-row-set = Set a goal
# Variables:
#   $goal (String) - the goal, in the person's words
goals-row-today = Today's step for “{ $goal }”
# Variables:
#   $goal (String) - the goal, in the person's words
goals-row-week = This week for “{ $goal }”
# Variables:
#   $goal (String) - the goal, in the person's words
goals-row-plan = Plan this week's step for “{ $goal }”
goals-row-open = Open

## The weekly check-in: how last week's plan went

# Variables:
#   $goal (String) - the goal, in the person's words
goals-review-title = Last week for “{ $goal }”
# Variables:
#   $how (String) - done, partly or not
goals-review-how = { $how ->
    [done] Done
    [partly] Partly
   *[not] Not this time
}
goals-review-label = How did it go?
goals-review-next = And this week?
# Variables:
#   $step (String) - smaller, same or bigger
goals-review-step = { $step ->
    [smaller] A smaller step
    [same] The same again
   *[bigger] A bigger step
}
# Variables:
#   $step (String) - what the step will be, as goals-step says it
goals-review-step-is = This week: { $step }
goals-review-not-done = A missed week is useful news, not a failure: a smaller step, or a better if-then plan, usually fixes it.

## The report

# Variables:
#   $goal (String) - the goal, in the person's words
#   $date (Date) - the day it was set
goals-report-goal = “{ $goal }”, set on { $date }.
# Variables:
#   $date (Date) - the day
goals-report-reached = Reached on { $date }.
# Variables:
#   $date (Date) - the day
goals-report-set-aside = Set aside on { $date }.
# Variables:
#   $step (String) - the plan, as goals-step says it
goals-report-plan = This week's plan: { $step }
goals-report-no-reviews = No weeks reviewed yet.
# Variables:
#   $weeks (Number) - weeks reviewed
#   $done (Number) - done as planned
#   $partly (Number) - partly done
#   $not (Number) - not done
goals-report-weeks = Weeks reviewed: { $weeks } ({ $done } done, { $partly } partly, { $not } not done).
