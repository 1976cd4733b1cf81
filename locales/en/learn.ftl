### English. Learn: short reads about living and moving with low back pain (why movement
### helps, hurt versus harm, the next morning, walking, pacing, flare-ups, when to see
### someone), and the Learn screens around them. Written for someone who is sore, reading on
### a phone: calm, plain and short. Facts and numbers stay exactly as they are.

## The Learn screens

learn-title = Learn
learn-lead = A short course, one lesson a day: how back pain works, and what helps.
learn-back = ‹ The course
# Above the link to the read after this one.
learn-next-read = Next lesson
# Above the list of studies and guidelines a read rests on.
learn-sources-heading = Where this comes from

## At the end of "Hurt is not the same as harm": the pain rule with the person's own numbers.
## The band sentence says the same as today-pain-bands.
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
#   $green (Number) - the top of the "fine" band
#   $amber (Number) - the top of the "all right if it settles" band
learn-your-bands = Your usual pain is about { $usual }, from your recent answers. During exercise, pain up to { $green } is fine, up to { $amber } is all right if it settles by the next morning, and above that (or pain spreading down a leg) means make it easier.
# When there is no room for the middle band (usual pain of 7).
# Variables:
#   $usual (Number) - the person's usual pain, 0 to 10
#   $green (Number) - the top of the "fine" band
learn-your-bands-no-amber = Your usual pain is about { $usual }, from your recent answers. During exercise, pain up to { $green } is fine, and above that (or pain spreading down a leg) means make it easier.

## Where the facts come from, shown small at the end of a read. Keep names of people,
## journals, trials and the guideline's own English title; translate the rest.

learn-source-silbernagel = Pain-monitoring model: Silbernagel et al., Am J Sports Med, 2007 (a study of Achilles tendon pain)
learn-source-walkback = WalkBack trial: Pocovi et al., The Lancet, 2024
learn-source-who-2020 = WHO guidelines on physical activity and sedentary behaviour, 2020
learn-source-nice-ng59 = NICE guideline NG59, Low back pain and sciatica in over 16s, 2016

## New citations the lessons above rest on. They belong next to the other learn-source-*
## messages in learn.ftl (same form: what it is, then authors, journal, year). Keep names of
## people, journals and trials; translate the rest.
learn-source-restore = RESTORE trial of cognitive functional therapy: Kent et al., The Lancet, 2023
learn-source-brinjikji = Scan findings in people without back pain: Brinjikji et al., AJNR, 2015

## New sources cited by lessons in themes 5 and 6 (proposed; they could move to learn.ftl
## next to the other learn-source-* messages). Keep names of people, journals and trials.
learn-source-cherkin = Mindfulness and CBT for low back pain: Cherkin et al., JAMA, 2016
learn-source-gollwitzer = If-then plans: Gollwitzer and Sheeran, Advances in Experimental Social Psychology, 2006

## The course: its list, a lesson's page, and the flare plan's lessons.
# Variables:
#   $read (Number) - lessons read
#   $total (Number) - lessons in the course
learn-progress = Lessons read: { $read } of { $total }
# Variables:
#   $week (Number) - the week of the course, 1 to 6
learn-week = Week { $week }
# A lesson's state in the list.
learn-status-read = Read
learn-status-today = Today's lesson
learn-status-later = Opens later
learn-status-flare = For a flare-up
learn-locked = This lesson opens later in the course: one lesson a day, in order.
# Headings on a lesson's page.
learn-example-heading = For example
learn-try-heading = Try this week
learn-question-heading = A question for you
learn-answer-label = Your answer
learn-answer-save = Keep my answer
learn-answer-kept = Kept. You can change it any time.
learn-mark-read = Done: mark as read
# Variables:
#   $date (Date) - the day the lesson was first read
learn-read-on = Read on { $date }.
learn-next-tomorrow = Your next lesson opens tomorrow.
learn-course-done = You've read every lesson. Any of them is here to read again.
learn-flare-heading = Lessons for a flare-up
# The lesson read aloud: buttons, and the line when the phone can't speak its language.
learn-listen = Listen
learn-listen-pause = Pause
learn-listen-resume = Resume
learn-listen-stop = Stop
learn-listen-no-voice = This phone has no voice for this language yet. In Settings, "During a session" says how to add one.
