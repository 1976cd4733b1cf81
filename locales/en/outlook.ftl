### English. What holds you back: a short check of seven questions about what tends to keep
### back pain going (how much it bothers, fear of moving, worry, mood, sleep, confidence,
### work and daily roles), its result, and sleep and mood in the weekly check-in. Never a
### diagnosis and never alarming; no scores as numbers. Written in our own words, not a
### published questionnaire's.

## The check, one question at a time

outlook-title = What holds you back
outlook-intro = Seven quick questions about how your back affects your life. Your answers help Limber suggest the right support. It takes about two minutes, and there are no wrong answers.
outlook-private = Your answers stay on this phone.
outlook-start = Start the questions
outlook-not-now = Not now
outlook-back = Back
# Shown above each question.
# Variables:
#   $number (Number) - which question, from 1
#   $total (Number) - how many questions
outlook-progress = Question { $number } of { $total }
# Asks to stop part way; nothing is kept.
outlook-stop = Stop here
outlook-lead-in = Think about the last two weeks.

# The questions. Each has five answers, from no trouble (0) to a great deal (4).
outlook-q-bother = How much has your back bothered you?
outlook-a-bother-0 = Not at all
outlook-a-bother-1 = A little
outlook-a-bother-2 = Quite a bit
outlook-a-bother-3 = A lot
outlook-a-bother-4 = Very much
outlook-q-fear = “Moving could do my back real harm.” How much do you agree?
outlook-a-fear-0 = Not at all
outlook-a-fear-1 = A little
outlook-a-fear-2 = Somewhat
outlook-a-fear-3 = Quite a lot
outlook-a-fear-4 = Completely
outlook-q-worry = “My back will never get better.” How often has that thought come up?
outlook-a-worry-0 = Never
outlook-a-worry-1 = Once or twice
outlook-a-worry-2 = Sometimes
outlook-a-worry-3 = Often
outlook-a-worry-4 = Nearly all the time
outlook-q-mood = How often have you felt down, or lost interest in things you usually enjoy?
outlook-a-mood-0 = Never
outlook-a-mood-1 = On a few days
outlook-a-mood-2 = On about half the days
outlook-a-mood-3 = On most days
outlook-a-mood-4 = Nearly every day
outlook-q-sleep = How much has your back, or worry about it, spoiled your sleep?
outlook-a-sleep-0 = Not at all
outlook-a-sleep-1 = A little
outlook-a-sleep-2 = Some nights
outlook-a-sleep-3 = Most nights
outlook-a-sleep-4 = Nearly every night
outlook-q-confidence = How sure are you that you can do your usual daily things, even with some pain?
outlook-a-confidence-0 = Completely sure
outlook-a-confidence-1 = Quite sure
outlook-a-confidence-2 = Somewhat sure
outlook-a-confidence-3 = Not very sure
outlook-a-confidence-4 = Not sure at all
outlook-q-roles = How much has your back got in the way of work, caring for others or running your home?
outlook-a-roles-0 = Not at all
outlook-a-roles-1 = A little
outlook-a-roles-2 = Quite a bit
outlook-a-roles-3 = A lot
outlook-a-roles-4 = I can hardly do them

# Short names for the questions, each a kind of trouble, in lists ("fear of moving and poor
# sleep") and as table rows whose cells say how much (outlook-cell: "None" … "Very much").
outlook-short-bother = how much the back bothers
outlook-short-fear = fear of moving
outlook-short-worry = worry it won't get better
outlook-short-mood = low mood
outlook-short-sleep = poor sleep
outlook-short-confidence = low confidence in daily things
outlook-short-roles = trouble with work and daily roles

# An answer as a word in a table, never a number: from no trouble (0) to a great deal (4).
# Variables:
#   $score (Number) - the answer, 0 to 4
outlook-cell = { $score ->
    [0] None
    [1] A little
    [2] Some
    [3] A lot
   *[4] Very much
}

## The result

outlook-result-programme-title = Keep going with your programme
outlook-result-extra-title = Some extra support could help
outlook-result-programme-none = Nothing in your answers stands out. Back pain often makes life harder in small ways, and that's normal. Moving regularly, step by step, is the best thing you can do, and your programme is built for that.
# Variables:
#   $named (String) - what stood out, listed ("sleep and confidence in daily things")
outlook-result-programme-some = Your answers about { $named } stand out. The lessons on these are first in your course now. Moving regularly, step by step, is still the best thing you can do, and your programme is built for that.
# Variables:
#   $named (String) - what stood out, listed ("fear of moving and low mood")
outlook-result-extra = Your answers about { $named } stand out. That's common with back pain, and it can keep pain going. Three things help: the lessons on these, now first in your course; the calm sessions; and talking to a physiotherapist or doctor about a programme that combines exercise with support for thoughts and feelings. Many people find that kind of help makes a real difference.
outlook-result-lessons = Read first
outlook-result-calm = Try a calm session
outlook-result-done = Back to Today
outlook-result-goal = Set a goal of your own
# Shown, whatever else was answered, when the lowest mood answer was given.
# Variables:
#   $number (String) - the emergency number where the person is
outlook-help-now = You said you've felt down nearly every day. You don't have to manage that alone: please talk to your doctor soon, or to someone you trust today. If you ever feel you might not be safe, call { $number } now.
outlook-not-diagnosis = This is not a diagnosis. It helps Limber point you to what may help most.
outlook-rule-title = How Limber reads your answers
# The rule, said in full on the result screen and in the report.
outlook-rule = How Limber reads the answers: each question has five answers, and the two that say the most trouble stand out. When fear of moving, worry or low mood stands out, Limber suggests extra support: their lessons first, calm sessions, and talking to a physiotherapist or doctor about combined help. Otherwise it suggests the programme, with the lessons on anything that stood out first. The lowest mood answer always brings a line on where to find help.
# One line per check in the history of checks and the report.
outlook-line-none = Nothing stood out. Suggested: the programme.
# Variables:
#   $named (String) - what stood out, listed
outlook-line-programme = Stood out: { $named }. Suggested: the programme, with the lessons on these first.
# Variables:
#   $named (String) - what stood out, listed
outlook-line-extra = Stood out: { $named }. Suggested: extra support, with the lessons on these first.
outlook-history-title = Your answers over time
outlook-history-question = Question
# Variables:
#   $date (Date) - the day of the last check
#   $next (Date) - the day it's offered again
outlook-history-next = Last answered on { $date }. Limber asks again from { $next }.
outlook-saved-error = Your answers couldn't be saved.

## On Today

outlook-row-title = What holds you back
outlook-row-first = 7 questions, about 2 minutes
outlook-row-again = 4 weeks on: 7 questions again
outlook-row-open = Start

## The weekly check-in: sleep and mood, one tap each

checkin-sleep-label = How have you slept this week?
# Variables:
#   $score (Number) - 0 (very badly) to 4 (very well)
checkin-sleep = { $score ->
    [0] Very badly
    [1] Badly
    [2] So-so
    [3] Well
   *[4] Very well
}
checkin-mood-label = How has your mood been this week?
# Variables:
#   $score (Number) - 0 (very low) to 4 (very good)
checkin-mood = { $score ->
    [0] Very low
    [1] Low
    [2] So-so
    [3] Good
   *[4] Very good
}
checkin-optional = Optional: tap one, or leave it.

## Insights: sleep and mood beside pain

insights-sleep-mood-title = Sleep, mood and pain
insights-sleep-mood-lead = What you said at each weekly check-in, side by side. It can help you spot patterns; it doesn't show what causes what.
insights-sleep-mood-empty = Your weekly check-ins will fill this in: how you slept and how your mood was, beside your pain.
insights-sleep-mood-date = Check-in
insights-sleep-mood-pain = Pain
insights-sleep-mood-sleep = Sleep
insights-sleep-mood-mood = Mood
# Variables:
#   $pain (Number) - pain at the check-in, 0 to 10
insights-sleep-mood-pain-cell = { $pain }/10
insights-sleep-mood-none = not said

## The report

report-outlook-title = What holds them back
report-outlook-none = The questions on what holds them back haven't been answered yet.
# Answered, but not on a day of the report's dates.
report-outlook-none-in-range = Not answered between these dates.
# Variables:
#   $count (Number) - how many times the questions were answered
report-outlook-count = { $count ->
    [one] Answered once. Each answer is shown in words, from “None” to “Very much” trouble.
   *[other] Answered { $count } times. Each answer is shown in words, from “None” to “Very much” trouble.
}
report-goals-title = Goals and weekly plans
report-goals-none = No goals set yet.
