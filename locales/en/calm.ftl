### English. Calm: guided breathing and relaxation sessions, run as timed spoken steps (the
### times are in calm.json), and the screens around them. The person may be in pain, at a bad
### moment or in bed: calm, warm, plain and short. No pain questions, no counting of reps.

## The calm screens

calm-list-title = Calm
calm-list-lead = Guided breathing and relaxation, spoken step by step. Find a comfortable spot, press Start and listen.
# Why the sessions are there, shown small under the lead.
calm-list-why = Pain and stress feed each other. A few quiet minutes can help break the loop.
# Beside a session in the list: how long it takes, rounded to whole minutes.
# Variables:
#   $minutes (Number) - the session's length in minutes
calm-minutes = About { $minutes } min
# Under a session's name: its length and the position it is done in ("About 4 min · Any position").
# Variables:
#   $minutes (String) - the length, as calm-minutes says it
#   $position (String) - the position, as calm-position-* says it
calm-meta = { $minutes } · { $position }
# Beside a session in the list: the position it is done in.
calm-position-lying = Lying down
calm-position-sitting = Sitting
# The session works sitting, lying or standing.
calm-position-any = Any position
# A heading above the line on when to use a session.
calm-when-heading = When it helps
calm-back = ‹ Calm
calm-start = Start
calm-pause = Pause
calm-resume = Resume
# Ends a session before its last step.
calm-stop = End
calm-sound-hint = Turn the sound up, or use headphones. The voice guides you, so you can close your eyes.
# Shown instead of the voice when the phone has no voice for the person's language.
calm-no-voice = This phone has no voice for your language, so each step appears here as text, one at a time.
# For screen readers: where the person is in a session.
# Variables:
#   $number (Number) - which step is being spoken, from 1
#   $total (Number) - how many steps the session has
calm-step-of = Step { $number } of { $total }
calm-done-title = Done for now
calm-done-text = Take your time before you move. You can come back to these sessions whenever you need them.
calm-again = Start again
calm-done-back = Back to Calm
# On the flare page, above the link to the slow breathing session.
calm-flare-hint = When it's hard to settle, a few minutes of slow breathing can help.

## The sessions. For each: a title (<= 32 characters), a one-sentence summary (no numbers:
## the app shows the minutes), when to use it, then the steps the phone's voice speaks, one at
## a time, with silence between them. Write the steps for the ear: short sentences, no
## symbols, no brackets, no abbreviations, numbers as words. A translated step should take
## about as long to say as the English one, since the silence after it is timed.

## Slow breathing for a bad moment: paced breaths, about 4 seconds in and 6 out, then the same
## rhythm alone. Any position.
calm-breathe-bad-moment-title = Slow breathing for a bad moment
calm-breathe-bad-moment-summary = A few minutes of slow, steady breathing to help you through a moment when pain or worry takes hold.
calm-breathe-bad-moment-when = When pain spikes, or you feel tense and on edge.
calm-breathe-bad-moment-step-1 = You can do this sitting, lying or standing, wherever you are. For the next few minutes, simply breathe along with the voice.
calm-breathe-bad-moment-step-2 = If you can, let your shoulders drop a little and rest your hands somewhere easy. One hand can rest on your tummy, just below your ribs.
calm-breathe-bad-moment-step-3 = Breathe in gently through your nose, and feel your tummy rise.
# An image for a slow, gentle breath out; use a natural one in your language.
calm-breathe-bad-moment-step-4 = Now breathe out slowly, through soft lips, as if you were cooling a warm drink.
# A slow count: the listener counts silently to four while breathing in.
calm-breathe-bad-moment-step-5 = Breathe in again, softly, for a slow count of four.
calm-breathe-bad-moment-step-6 = And out, for a slow count of six.
calm-breathe-bad-moment-step-7 = In, gently.
calm-breathe-bad-moment-step-8 = And out, long and slow, all the way out.
# In for a count of four, out for a count of six.
calm-breathe-bad-moment-step-9 = Carry on with this rhythm on your own: in for four, and out for six.
calm-breathe-bad-moment-step-10 = If you feel dizzy at any point, just let your breathing go back to normal for a while. There is no wrong way to do this.
calm-breathe-bad-moment-step-11 = A long breath out helps your body settle. Pain often comes in waves, and waves pass. Let your jaw and shoulders go soft as you breathe out.
calm-breathe-bad-moment-step-12 = If your mind keeps going back to the pain, that is all right. Notice it, and bring your attention back to the slow breath out.
calm-breathe-bad-moment-step-13 = Now let your breathing find its own easy pace again.
calm-breathe-bad-moment-step-14 = When you are ready, change position or take a few easy steps. You can come back to this whenever you need it.

## A body scan: attention moves slowly from the feet to the head. Lying or sitting.
calm-body-scan-title = A gentle body scan
calm-body-scan-summary = A longer, unhurried session that moves your attention from your feet to your head, so you can notice tension and let it ease.
calm-body-scan-when = Any time you have a quiet spell and want to unwind.
calm-body-scan-step-1 = This is a body scan. You will move your attention slowly through your body, from your feet up to your head.
calm-body-scan-step-2 = Find a comfortable position, lying down or sitting, with your body well supported. Let your eyes close, or rest your gaze on one spot.
calm-body-scan-step-3 = There is nothing to fix and nothing to get right. You are only noticing, the way you might notice the weather.
calm-body-scan-step-4 = Take a few slow breaths, a little longer out than in. Feel the bed, the floor or the chair holding your weight.
calm-body-scan-step-5 = Bring your attention to your feet. Notice whatever is there: warmth or coolness, the touch of socks or a blanket, or perhaps nothing much at all.
calm-body-scan-step-6 = Now your ankles and lower legs. If you find tightness, you don't need to change it. Just let your attention rest there for a while.
calm-body-scan-step-7 = Move up to your knees, and then your thighs. Notice how heavy your legs are, resting where they are.
calm-body-scan-step-8 = If your mind wanders, that is normal. When you notice, gently bring it back to where you were.
calm-body-scan-step-9 = Now your hips and buttocks. Let them be held by whatever is under you.
calm-body-scan-step-10 = Now your lower back. If it is sore, notice where the soreness is, and where it ends.
calm-body-scan-step-11 = Notice the parts around it that feel more at ease. See whether the feeling stays the same, or shifts a little from moment to moment.
calm-body-scan-step-12 = If your back feels tense, imagine each breath out flowing into it and softening it a little. If nothing changes, that is fine too.
calm-body-scan-step-13 = Now your tummy. Feel it rise gently as you breathe in, and fall as you breathe out.
calm-body-scan-step-14 = Move up to your chest and upper back. Notice your ribs widening and narrowing with each breath.
calm-body-scan-step-15 = Now your hands. Notice your fingers and palms, then your forearms, elbows and upper arms. Let your arms feel heavy.
calm-body-scan-step-16 = Now your shoulders. Tension often hides here. Let them sink a little further down, away from your ears.
calm-body-scan-step-17 = Your neck, and the back of your head. Let your head be fully supported.
calm-body-scan-step-18 = Now your face. Soften your forehead and the space between your eyebrows. Let your jaw loosen, and your teeth part a little.
calm-body-scan-step-19 = Now take in your whole body at once, from your feet to the top of your head, breathing gently.
calm-body-scan-step-20 = Begin to bring some movement back. Wriggle your fingers and toes, and take a deeper breath.
calm-body-scan-step-21 = When you are ready, open your eyes. Move slowly as you get up, and take this calm feeling with you.

## Muscle relaxation lying down: gentle squeezes (about half strength) of hands, arms,
## shoulders, face, feet, lower legs and thighs, each held briefly, then let go. The back and
## tummy are never squeezed.
calm-muscle-relax-title = Muscle relaxation, lying down
calm-muscle-relax-summary = A longer session lying down: you gently tighten one part of your body at a time, then let it go and feel it relax.
calm-muscle-relax-when = When your body feels tight and you can lie down for a while.
calm-muscle-relax-step-1 = This session helps you let go of tension. You will tighten one part of your body a little, then let it go, and notice the difference.
# Positions of ease, as the flare page describes them.
calm-muscle-relax-step-2 = Lie on your back with your knees bent over a pillow or two, or on your side with a pillow between your knees. Take your time to get comfortable.
calm-muscle-relax-step-3 = Each squeeze is gentle, about half as strong as you could make it. Keep breathing while you hold.
calm-muscle-relax-step-4 = If a squeeze brings on pain, skip it and just rest. Your back has no work to do here: let the bed or the floor take its weight.
calm-muscle-relax-step-5 = Start with a few slow breaths, a little longer out than in.
calm-muscle-relax-step-6 = Begin with your hands. Make gentle fists, and notice the tightness. Hold.
calm-muscle-relax-step-7 = And let go. Let your fingers uncurl and go soft. Notice the difference.
calm-muscle-relax-step-8 = Now bend your elbows a little and gently tighten the muscles of your upper arms. Hold.
calm-muscle-relax-step-9 = And release. Let your arms rest heavy by your sides.
calm-muscle-relax-step-10 = Now lift your shoulders a little towards your ears. Hold them there.
calm-muscle-relax-step-11 = And let them drop. Feel them settle, lower and wider.
calm-muscle-relax-step-12 = Now gently scrunch up your face: squeeze your eyes shut and press your lips together. Hold.
calm-muscle-relax-step-13 = And let go. Smooth out your forehead, soften your eyes, and let your jaw hang loose.
calm-muscle-relax-step-14 = Breathe slowly, and notice how your hands, arms, shoulders and face feel now.
calm-muscle-relax-step-15 = Now your feet. Gently curl your toes. Hold.
calm-muscle-relax-step-16 = And let go. Let your toes spread and relax.
calm-muscle-relax-step-17 = Now pull your toes up towards your shins, and feel the front of your lower legs tighten. Hold.
calm-muscle-relax-step-18 = And release. Let your feet rest heavy.
# Lying on the back the knees press together; lying on the side, they squeeze the pillow.
calm-muscle-relax-step-19 = Now gently press your knees towards each other, or squeeze the pillow between them. Hold.
calm-muscle-relax-step-20 = And let go. Let your legs be loose and heavy.
calm-muscle-relax-step-21 = Your back and tummy don't need a squeeze. Just notice your back resting, and let each breath out soften it a little more.
calm-muscle-relax-step-22 = Now go round once more, with even less effort. Make loose fists, so lightly you can hardly feel it. Hold.
calm-muscle-relax-step-23 = And let go.
calm-muscle-relax-step-24 = Lift your shoulders, just a tiny amount. Hold.
calm-muscle-relax-step-25 = And let them fall.
calm-muscle-relax-step-26 = Curl your toes, very lightly. Hold.
calm-muscle-relax-step-27 = And release.
calm-muscle-relax-step-28 = Now rest. Feel your whole body heavy and supported, from your feet to your head.
calm-muscle-relax-step-29 = If you find any tension left anywhere, breathe out and let it go.
calm-muscle-relax-step-30 = Stay in this stillness a little longer.
calm-muscle-relax-step-31 = Begin to wake your body up. Wriggle your fingers and toes, and take a deeper breath.
calm-muscle-relax-step-32 = If you are in bed, you can simply stay and rest. To get up, roll onto your side first, then push yourself up slowly with your arms.

## Winding down for sleep, in bed: breathing, softening, letting thoughts go, counting
## breaths, a calm place. It ends quietly, with no sound after the last step.
calm-wind-down-title = Winding down for sleep
calm-wind-down-summary = A longer, quiet session in bed that slows your breathing, loosens your body and helps you let the day go before sleep.
calm-wind-down-when = In bed, with the lights off, when you're ready to sleep.
calm-wind-down-step-1 = This is a quiet way to wind down at the end of the day. Settle into bed in a position that is kind to your back.
calm-wind-down-step-2 = You might lie on your back with a pillow under your knees, or on your side with a pillow between them. Use as many pillows as help.
calm-wind-down-step-3 = Let the bed take all your weight. There is nothing left to do today.
calm-wind-down-step-4 = Breathe in gently, and breathe out a little more slowly. Let each breath out be soft and easy.
calm-wind-down-step-5 = With each breath out, let a little of the day go.
calm-wind-down-step-6 = Let your forehead be smooth, your eyes heavy and your jaw loose.
calm-wind-down-step-7 = Let your shoulders sink into the pillow, and your arms grow heavy.
calm-wind-down-step-8 = Let your back rest. Let your hips and legs sink down into the mattress.
calm-wind-down-step-9 = Let your feet be warm and still.
calm-wind-down-step-10 = Pain can feel louder at night, when everything is quiet. You don't need to fight it. Let it be there, and keep your breathing slow.
# An image for letting thoughts pass; use a natural one in your language.
calm-wind-down-step-11 = Thoughts about today or tomorrow may come. That is normal. Notice them, and let them drift past like clouds.
# An image for setting a worry aside until morning.
calm-wind-down-step-12 = If something needs remembering, picture putting it in a drawer until the morning.
# The listener counts down silently, one number for each breath out, from ten to one.
calm-wind-down-step-13 = Now count your breaths backwards from ten. As you breathe out, say ten silently to yourself.
calm-wind-down-step-14 = Carry on counting down, one number with each breath out. If you lose count, just start again from ten.
calm-wind-down-step-15 = Let the numbers go now, wherever you got to. Picture a place where you feel calm and safe. Notice what you can see there, and what you can hear.
calm-wind-down-step-16 = Rest there. If sleep comes, let it come. If it doesn't, resting quietly is still good for your body.
calm-wind-down-step-17 = There is nothing more to do. Stay as long as you like. Goodnight.

## Around the sessions

# In History and the report: a calm session listened to.
# Variables:
#   $title (String) - the session's title
#   $minutes (Number) - how long it was listened to, in whole minutes
calm-done-line = { $title }, { $minutes } min
# Today's row on a planned rest day, above the name of a calm session.
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-rest = Rest day: { $minutes } calm minutes
# Today's row during a flare-up, above the name of the slow breathing session (which says what it is for).
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-flare = Something calm to try, { $minutes } min
# The ring's label while paused.
calm-paused = Paused
# The last session ends with this on screen and no sound: the person may be asleep.
calm-goodnight = Goodnight. Rest well.
