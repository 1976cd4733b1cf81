### English: the course, six themes over six weeks (how back pain works; myths and scans;
### moving with confidence; flare-ups; sleep, stress and mood; daily life and staying well).
### Each lesson: a title (<= 40 characters), one key message, 2 to 4 short paragraphs,
### sometimes points, an everyday example, one thing to try this week and one question. Check
### questions have three options in a fixed order (never reorder them) and two answers (-right,
### -not-quite); reflect questions have a text box. Written for someone who is sore, reading
### on a phone: calm, plain and short. Facts and numbers stay exactly as they are. The people in
### the examples are made up; give them ordinary names in your language.

## The themes

course-theme-1-title = How back pain works
course-theme-1-summary = Pain is your body's protector, not a measure of damage, and its volume can be turned down.
course-theme-2-title = Back myths and scans
course-theme-2-summary = Many common beliefs about posture, lifting, discs, rest and scans are not true, and that is good news for your back.
course-theme-3-title = Moving with confidence
course-theme-3-summary = Steady pacing and small, planned steps help you get back to the things you have been avoiding.

## Lesson: back pain is common (reflect question)
course-pain-common-key = Back pain is very common, and for most people it is not a sign of serious damage. Understanding it is a real part of getting better.
course-pain-common-p-1 = Up to 8 in 10 people have back pain at some point in their lives. If your back is sore right now, you are in good company.
course-pain-common-p-2 = Most back pain comes from ordinary things, like a strained muscle or ligament, a stiff joint, or holding the same position for a long time. It can hurt a lot even when nothing serious is wrong. This week's lessons explain why.
course-pain-common-p-3 = Learning about your pain is more than interesting. In a large trial, people with lasting back pain who learned how their pain works and practised moving with confidence could do more in daily life than people given usual care. The difference was still there 3 years later.
course-pain-common-p-4 = Each lesson takes about 3 minutes and ends with one small thing to try that week.
course-pain-common-example = Sam thought he was the only one at work with a bad back. When he mentioned it, 3 colleagues said they had been through it too, and all of them were back to doing what they enjoyed.
course-pain-common-try = Think of one everyday thing your back makes harder right now. Rate how well you can do it today, from 0 (not at all) to 10 (as well as ever), and add the number to your answer below.
course-pain-common-question = What is one everyday thing you would like to do more easily in 6 weeks' time?

## Lesson: pain is an alarm (check question: option 2 is right; keep the options in this order)
course-pain-alarm-title = Pain is an alarm, not a damage meter
course-pain-alarm-key = Pain is your body's protector. It tells you to take care, but how much it hurts does not show how much damage there is.
course-pain-alarm-p-1 = Your nervous system makes pain to protect you. When it senses possible danger, it sounds an alarm, so that you stop and take care.
course-pain-alarm-p-2 = Like any alarm, it can be loud when the danger is small. A paper cut can sting for hours. And people sometimes don't notice a deep cut until later, once the moment has passed.
course-pain-alarm-p-3 = Back pain alarms are often extra loud, and they can keep sounding after tissues have had time to heal. The pain is real: you are not imagining it. But it is usually a sign of a system being protective, not of a back that is breaking.
course-pain-alarm-example = Priya bent down to pick up a pen and felt a sharp grab in her back. A pen weighs almost nothing. It wasn't a big injury: it was a loud alarm.
course-pain-alarm-try = The next time your back twinges, tell yourself: “This is my alarm, not a damage report.” Then breathe out slowly and keep moving gently.
course-pain-alarm-question = Priya's back grabs as she bends for a pen. What is most likely happening?
course-pain-alarm-option-1 = Something in her back has torn.
course-pain-alarm-option-2 = Her back's alarm is being protective.
course-pain-alarm-option-3 = She should avoid bending from now on.
course-pain-alarm-right = Yes. A sudden twinge is often the alarm being careful. The pain is real, but it is not a measure of damage, and gentle movement helps it settle.
course-pain-alarm-not-quite = Not quite. A twinge like this is usually the alarm being protective, not a sign of damage. Gentle movement helps it settle, so there is no need to stop bending.

## Lesson: sensitivity, the volume dial (reflect question)
course-pain-volume-title = Your alarm can turn up its volume
course-pain-volume-key = When pain goes on for a while, your alarm can get more sensitive, so everyday movements hurt more. That sensitivity can be turned down again.
course-pain-volume-p-1 = Think of pain as having a volume dial. When your back has been sore for weeks or months, the dial can get turned up. Your nervous system then reacts more strongly to ordinary movement and touch.
course-pain-volume-p-2 = Many things can turn the volume up or down, and not all of them are in your back.
course-pain-volume-p-3 = Because the dial turns both ways, your pain can change even when your back itself hasn't. Weeks 5 and 6 come back to sleep, stress and daily life.
course-pain-volume-point-1 = Turning it up: stress, poor sleep, worry, and moving very little.
course-pain-volume-point-2 = Turning it down: gentle, regular movement, good sleep, calm breathing, and time spent on people and things you enjoy.
course-pain-volume-example = During a week of late nights and a deadline at work, Tom's back ached more than usual, although he hadn't done anything different. After a calmer weekend with good sleep and a walk, it eased again.
course-pain-volume-try = Each evening this week, notice one thing that seemed to turn your pain up and one thing that seemed to turn it down.
course-pain-volume-question = What seems to turn your pain up, and what helps turn it down?

## Lesson: hurt is not the same as harm, with the 0 to 10 bands (check question: option 3 is right; keep the options in this order)
## The app can show learn-your-bands (the person's own numbers) after the last point.
course-pain-hurt-harm-title = Hurt is not the same as harm
course-pain-hurt-harm-key = Some pain while you exercise is okay: it doesn't necessarily mean harm. A 0 to 10 check against your usual pain tells you when to ease off.
course-pain-hurt-harm-p-1 = While you exercise, rate your pain from 0 (none at all) to 10 (the worst you can imagine). Limber uses the bands below, from physiotherapy research, whenever you say something hurts.
course-pain-hurt-harm-p-2 = If your back sits higher than 3 most days, the bands move up with it. Limber works out your usual level from your recent answers.
course-pain-hurt-harm-p-3 = Red isn't a failure, and it doesn't mean stop moving. Make that exercise easier or skip it, and try again another day. If your pain stays high, get it checked by a doctor or physiotherapist.
# Green, amber and red are the colours of traffic lights: go, take care, stop.
course-pain-hurt-harm-point-1 = Green, 0 to 3 out of 10 (or up to your usual level): fine. Carry on, moving slowly and breathing easily.
course-pain-hurt-harm-point-2 = Amber, 4 to 5 out of 10 (or up to 2 above your usual): fine if it settles by the next morning. Ease off a little: fewer reps, smaller moves.
course-pain-hurt-harm-point-3 = Red, 6 out of 10 or more (or 3 above your usual, or 8 and up), or pain spreading down a leg: stop that exercise, and try its easier version or skip it.
course-pain-hurt-harm-example = Ana's usual pain is 2. During bridges it goes up to 4, and by the next morning it is back to 2: amber, and fine.
course-pain-hurt-harm-try = Rate each twinge in this week's sessions, and let the bands guide what you do next.
course-pain-hurt-harm-question = During an exercise, your pain climbs to 7 out of 10. What is best?
course-pain-hurt-harm-option-1 = Push through to finish the set.
course-pain-hurt-harm-option-2 = Stop exercising for a week.
course-pain-hurt-harm-option-3 = Make that exercise easier, or skip it today.
course-pain-hurt-harm-right = That's it. Pain of 7 is red: make that exercise easier or skip it, and keep moving.
course-pain-hurt-harm-not-quite = Not quite. Pain of 7 is red, but there is no need to push through or to stop moving. Make that exercise easier, or skip it today.

## Lesson: the next morning (check question: option 1 is right; keep the options in this order)
course-pain-next-morning-title = The next morning tells you most
course-pain-next-morning-key = How your back feels the morning after a session is the best sign of whether you did the right amount.
course-pain-next-morning-p-1 = During a session, it can be hard to judge how much is right. Your back gives a clearer answer later: how it feels the next morning, compared with how it felt before you started.
course-pain-next-morning-p-2 = So the day after a session, Limber asks you once: is your back better, about the same, or worse than before? Pick one and save. Adding your pain score is optional.
course-pain-next-morning-p-3 = This is the same rule as the 0 to 10 check, seen from the day after. A bit of soreness during a session is okay, as long as it has settled by the next morning.
course-pain-next-morning-point-1 = Better, or about the same: the amount suited you, so you're ready to build.
course-pain-next-morning-point-2 = Worse: your next session steps back a little, to give your back time to settle.
course-pain-next-morning-example = After a slightly longer session, Leo's back felt a bit sore that evening. By the next morning it was back to usual, so he answered “About the same”: the session had been the right amount.
course-pain-next-morning-try = The morning after your next session, pause before you get up. Notice how your back feels compared with before the session, then answer Limber's question.
course-pain-next-morning-question = The morning after a session, your back feels worse than before. What happens next?
course-pain-next-morning-option-1 = Your next session steps back a little, so your back can settle.
course-pain-next-morning-option-2 = It means the exercises are harming you.
course-pain-next-morning-option-3 = You should stop exercising until it feels better.
course-pain-next-morning-right = Right. Worse the next morning means that amount was a bit much for now. A small step back gives your back time to settle, and then you build again.
course-pain-next-morning-not-quite = Not quite. Worse the next morning means the amount was a bit much for now, not that you have done harm. Your next session steps back a little, so your back can settle.

## Lesson: posture (check question: option 3 is right; keep the options in this order)
course-myths-posture-title = There is no perfect posture
course-myths-posture-key = No single posture is right or wrong for your back. Your back likes variety, so the best position is often your next one.
course-myths-posture-p-1 = Many of us grew up hearing “sit up straight” and “don't slouch”. But no one correct way to sit or stand has been found that protects a back from pain.
course-myths-posture-p-2 = What a back tends to dislike is staying in any one position for a long time. Even a “good” posture gets uncomfortable if you hold it for hours.
course-myths-posture-p-3 = Holding yourself stiffly upright can also keep your muscles tense and tired. It is fine to slump, lean or curl up, as long as you change position often.
course-myths-posture-example = Mei sat bolt upright at her desk all day, trying to protect her back, and by mid-afternoon it ached. Now she leans back, sits forward and stands up for phone calls, and her back feels less tense by the evening.
course-myths-posture-try = When you sit for a while this week, change position at least every 30 minutes: lean back, sit forward, stand up, or walk a few steps.
course-myths-posture-question = You sit a lot for work. What is kindest to your back?
course-myths-posture-option-1 = Sitting perfectly straight all day.
course-myths-posture-option-2 = Never letting yourself slouch.
course-myths-posture-option-3 = Changing position often, in ways that feel comfortable.
course-myths-posture-right = Yes. Your back likes variety. Any comfortable position is fine, as long as you don't stay in it for hours.
course-myths-posture-not-quite = Not quite. There is no one perfect posture, and holding any position for hours gets uncomfortable. Changing position often, in ways that feel comfortable, suits your back best.

## Lesson: bending and lifting (check question: option 1 is right; keep the options in this order)
course-myths-lifting-title = Your back is built to bend and lift
course-myths-lifting-key = Bending and lifting are normal jobs for your back. Lifting with a rounded back is not dangerous in itself.
course-myths-lifting-p-1 = You may have been told to always lift with a straight back and bent knees. It is a common rule, but no single way of lifting has been shown to be the safe one.
course-myths-lifting-p-2 = Your spine is made to bend. Every day, people lift with a rounded back to pick up a sock, a child or a bag of shopping, and their backs cope well.
course-myths-lifting-p-3 = What matters more is being used to the load. Backs get stronger when they are loaded a little at a time. If a heavy lift feels hard after months of avoiding it, that is a sign of being out of practice, not of a fragile back.
course-myths-lifting-p-4 = So lift in the way that feels natural to you. With something heavy, holding it close to your body makes it feel lighter.
course-myths-lifting-example = Jo had been bending only her knees to pick up anything, even a sock, and her back felt stiff and guarded. When she let herself bend naturally for light things, moving started to feel easier.
course-myths-lifting-try = A few times this week, pick up something light from the floor, like a cushion, bending in whatever way feels natural. Move slowly and breathe out as you come up.
course-myths-lifting-question = Is lifting with a rounded back dangerous?
course-myths-lifting-option-1 = No: a rounded back is not dangerous in itself.
course-myths-lifting-option-2 = Yes: you should only ever lift with a straight back.
course-myths-lifting-option-3 = Only for people who have back pain.
course-myths-lifting-right = That's right. Your back is built to bend. Getting used to a load, a little at a time, matters more than the shape of your back.
course-myths-lifting-not-quite = Not quite. A rounded back is not dangerous in itself, with or without back pain: your back is built to bend. Getting used to a load, a little at a time, matters more.

## Lesson: discs and joints don't slip (check question: option 2 is right; keep the options in this order)
course-myths-slipped-title = Nothing has slipped out of place
course-myths-slipped-key = Your spine is strong and well held together. Discs and joints don't slip out of place, even when it feels as if they have.
course-myths-slipped-p-1 = People often say their back “went”, or that a disc “slipped”. It can feel like that: sudden, sharp and frightening.
course-myths-slipped-p-2 = Your spine is a stack of bones with a tough, springy disc between each pair. Every disc is firmly joined to the bone above and below it, and strong ligaments and muscles wrap around the whole spine. A disc can't slip out, and a joint doesn't need “putting back”.
# "Guarding": muscles tightening to protect a part of the body and keep it still.
course-myths-slipped-p-3 = That stuck, locked feeling usually comes from muscles tightening to guard your back: the alarm again, holding things still to keep you safe. Slow breathing and small, easy movements help the muscles let go.
course-myths-slipped-example = When Dev's back seized as he lifted the laundry basket, he was sure something had slipped, and he kept as still as he could. The next time, he tried slow breaths and small, gentle movements, and the grip eased bit by bit.
course-myths-slipped-try = Once a day this week, lie on your back with your knees bent and let them rock slowly from side to side, just a little way, breathing out as they move. Keep it in mind for stuck moments too.
course-myths-slipped-question = Your back suddenly locks up after you bend. What is most likely happening?
course-myths-slipped-option-1 = A disc has slipped out of place.
course-myths-slipped-option-2 = Muscles are guarding your back, and gentle movement helps them let go.
course-myths-slipped-option-3 = A joint has gone out and needs putting back.
course-myths-slipped-right = Yes. The locked feeling is usually muscles guarding. Your discs and joints are firmly held, and calm, small movements help the guarding ease.
course-myths-slipped-not-quite = Not quite. Discs and joints are firmly held and don't slip out. The locked feeling usually comes from muscles guarding, and calm, small movements help them let go.

## Lesson: what scans show (check question: option 3 is right; keep the options in this order)
course-myths-scans-title = Scans often show normal ageing
course-myths-scans-key = Scans often show changes that are a normal part of getting older. On their own, they often don't explain why a back hurts.
course-myths-scans-p-1 = In people with no back pain at all, scans show disc bulges in about 30% at age 20, rising to about 84% at age 80. Signs of disc wear show up in 37% at age 20, rising to 96% at age 80.
course-myths-scans-p-2 = So these findings are common in backs that feel fine. They are a bit like grey hair or wrinkles on the inside. Words like “degeneration” sound alarming, but they usually describe ordinary ageing.
course-myths-scans-p-3 = That is why guidelines for low back pain don't advise scans as a matter of routine. A doctor may ask for one when the result could change what they would do.
course-myths-scans-example = Rosa's scan report said “disc degeneration”, and she gave up gardening for fear of making it worse. When her physiotherapist explained that many people her age have the same finding without any pain, she went back to it in small steps.
course-myths-scans-try = If you have had a scan, read the report again with these numbers in mind. If a word worries you, ask your doctor or physiotherapist: “Is this common in people my age without back pain?”
course-myths-scans-question = A scan shows a disc bulge. What does that tell you on its own?
course-myths-scans-option-1 = It must be the cause of the pain.
course-myths-scans-option-2 = Bending should be avoided for good.
course-myths-scans-option-3 = Not much: bulges are common in people with no pain.
course-myths-scans-right = Right. Many people without any back pain have bulges on a scan. A finding like this often doesn't explain pain, and it is no reason to stop moving.
course-myths-scans-not-quite = Not quite. Disc bulges are common in people with no back pain at all, so on its own a bulge often doesn't explain pain. It is no reason to stop moving or bending.

## Lesson: rest and movement (check question: option 1 is right; keep the options in this order)
course-myths-rest-title = Why moving helps more than rest
course-myths-rest-key = Long spells of rest usually don't help a sore back. Gentle, regular movement often helps it recover sooner.
course-myths-rest-p-1 = When it hurts, lying still can feel like the sensible thing to do. But days in bed tend to slow recovery down. Muscles that aren't used get weaker, joints get stiffer, and moving starts to feel harder than before.
course-myths-rest-p-2 = Moving regularly works the other way. Stronger muscles in your tummy, sides, lower back and hips give your spine better support. Moving also sends more blood to the area, and it releases endorphins, your body's own pain easers, which can lift your mood too.
course-myths-rest-p-3 = So think of gentle movement as part of the treatment, not a reward for when the pain has gone. A short rest in a comfortable position is fine. Small amounts of movement count, and you can build up from there.
course-myths-rest-example = On a bad morning, Ahmed's first thought was to stay in bed all day. Instead he got up, walked around the house every hour or so and did a few easy stretches. By the evening he felt stiff, but less stuck.
course-myths-rest-try = On a sore day this week, swap one long rest for 2 or 3 short bits of movement, like a walk around the house or a few easy stretches.
course-myths-rest-question = Your back is sore this morning. What is most likely to help?
course-myths-rest-option-1 = Short rests when you need them, with gentle movement through the day.
course-myths-rest-option-2 = Staying in bed until the pain has gone.
course-myths-rest-option-3 = A long, hard workout to loosen it up.
course-myths-rest-right = Yes. Short rests are fine, but long spells of rest make muscles weaker and joints stiffer. Little and often keeps you moving without overdoing it.
course-myths-rest-not-quite = Not quite. Long spells in bed tend to slow recovery, and a hard workout can stir things up. Short rests with gentle movement through the day suit a sore back best.

## Lesson: boom and bust (reflect question)
# "Boom and bust": doing a lot on a good day, then paying for it with several days of doing
# very little. Use your language's usual phrase for this pattern, or a plain description.
course-moving-boom-bust-title = Steady beats boom and bust
course-moving-boom-bust-key = A steady amount on good days and bad days works better than doing a lot on a good day and paying for it afterwards.
course-moving-boom-bust-p-1 = On a good day, it is tempting to catch up on everything. Then you spend the next few days recovering, doing very little. This up and down pattern is often called boom and bust.
course-moving-boom-bust-p-2 = Over time, boom and bust can leave you doing less overall, and each crash can make you more wary of moving.
course-moving-boom-bust-p-3 = Pacing smooths it out. Break big jobs into smaller pieces, take short breaks before the pain makes you, and stop while you still feel you could do a bit more. On a bad day, do a little less, but still do something.
course-moving-boom-bust-example = On a sunny Saturday, Frank gardened for 5 hours and then spent 3 days on the sofa. Now he gardens for 40 minutes with a break halfway, on good days and ordinary days alike, and gets more done each week.
course-moving-boom-bust-try = Pick one activity you tend to overdo. Decide how long you can do it comfortably on an ordinary day, and stop there this week, even on a good day.
course-moving-boom-bust-question = Which activity do you tend to overdo on good days, and what would a steady amount of it look like?

## Lesson: pacing, step by step up (check question: option 2 is right; keep the options in this order)
course-moving-step-up-title = Start slowly, build gradually
course-moving-step-up-key = Small, steady steps up are how strength comes back without stirring up your back.
course-moving-step-up-p-1 = A slow start usually serves you better than a big one. Begin with gentle, low-impact movement, like a short walk, and let your body show you what it's ready for.
course-moving-step-up-p-2 = When an exercise feels comfortable, add a little. Then stay there for a few days before adding more. Slow progress is still progress.
course-moving-step-up-p-3 = If your pain flares, there's no need to start from scratch. Step back to the last level that felt comfortable, stay there while things calm down, then build up again.
course-moving-step-up-point-1 = Feels comfortable? Add 1 or 2 reps, or a little time.
course-moving-step-up-point-2 = Give it a few days between each step up.
course-moving-step-up-point-3 = Pain flaring? Go back to your last comfortable level.
course-moving-step-up-example = Lena could do 5 bridges comfortably. She did 6 for a few days, then 7. When a busy week stirred up her back, she went back to 6 for a while, then carried on.
course-moving-step-up-try = Choose one exercise that has felt comfortable lately and add 1 or 2 reps this week. Keep it there for a few days before adding more.
course-moving-step-up-question = Bridges have felt comfortable for a few days. What is a good next step?
course-moving-step-up-option-1 = Double the number you do.
course-moving-step-up-option-2 = Add 1 or 2 reps, then stay there for a few days.
course-moving-step-up-option-3 = Keep it exactly the same from now on.
course-moving-step-up-right = That's it. Small steps, with a few days between each, let your back keep up.
course-moving-step-up-not-quite = Not quite. The steady way is to add 1 or 2 reps, or a little time, then stay there for a few days before the next step up.

## Lesson: re-learning a movement you avoid (reflect question)
course-moving-feared-title = Re-learning a movement you avoid
course-moving-feared-key = A movement you have come to fear can be learned again, one small step at a time, until it feels ordinary.
course-moving-feared-p-1 = After back pain, it is natural to start avoiding movements that once hurt, like bending to load the dishwasher or twisting to reach the back seat. The longer you avoid them, the more guarded and scary they can feel.
course-moving-feared-p-2 = You can turn this around with a ladder of small steps. Start with a version you feel sure you can do, like bending a little with your hands on the worktop. Do it slowly, breathing out, with your muscles as relaxed as you can.
course-moving-feared-p-3 = Repeat that step over a few days until it feels ordinary, then move up to the next one. Some discomfort is fine: use the same 0 to 10 check as in your exercises. If a step feels like too much, go back a step.
course-moving-feared-example = Kim hadn't bent down to put on her socks for months. She began with her foot up on a chair, then on a low stool, then on the floor. After 3 weeks, “Putting on socks” felt like nothing special again.
course-moving-feared-try = Choose one movement you have been avoiding and write a ladder of 3 to 5 steps, from easy to the full movement. Practise the first step a few times each day.
course-moving-feared-question = Which movement would you like to feel confident with again, and what could your first small step be?

## Lesson: core strength (check question: option 3 is right; keep the options in this order)
course-moving-core-title = A stronger core supports your back
course-moving-core-key = Your core is the team of muscles around your middle. Gentle strength work helps them support your spine.
course-moving-core-p-1 = Your core isn't just your tummy. It is the ring of muscles around your middle: the front, your sides, your lower back and your hips. Working together, they help support your spine as you move.
course-moving-core-p-2 = You don't need crunches or heavy weights. Simple moves like pelvic tilts, bridges and modified planks build that support gently. Start with the easiest version and move up when it feels comfortable.
course-moving-core-p-3 = Move slowly, keep breathing, and stop before you strain. Doing a few well matters more than doing lots.
course-moving-core-point-1 = Pelvic tilt: lying on your back with knees bent, gently press your lower back towards the floor, then relax.
course-moving-core-point-2 = Bridge: lying on your back with knees bent, lift your hips a little, then lower slowly.
course-moving-core-point-3 = Modified plank: hold a plank from your knees or forearms for a few slow breaths.
course-moving-core-example = Raj thought he needed sit-ups to protect his back. He started with 5 slow pelvic tilts each morning before getting up, and after a few weeks he moved on to bridges.
course-moving-core-try = Each day this week, do 5 slow pelvic tilts, breathing out as you press your back down and in as you relax.
course-moving-core-question = What is the best way to start building your core?
course-moving-core-option-1 = Lots of fast crunches.
course-moving-core-option-2 = Holding a full plank for as long as you can.
course-moving-core-option-3 = A few slow, easy moves like pelvic tilts and bridges.
course-moving-core-right = Yes. Gentle moves, done slowly and well, build support without straining. Move up to harder versions when they feel comfortable.
course-moving-core-not-quite = Not quite. You don't need crunches or long, hard holds. A few slow, easy moves like pelvic tilts and bridges build support gently.

## Lesson: stretching gently (check question: option 1 is right; keep the options in this order)
course-moving-stretch-title = Stretch gently
course-moving-stretch-key = Gentle stretches for your hips, legs and lower back can ease tension and help you move more freely.
course-moving-stretch-p-1 = Stretching your hips, legs and lower back helps release tension and gives you more room to move. It is a calm, easy way to start or finish a session.
course-moving-stretch-p-2 = Ease into each stretch slowly until you feel a gentle pull, then hold still. No bouncing and no forcing: a good stretch feels like relief, not a struggle.
course-moving-stretch-p-3 = Breathe slowly, and let each breath out help you relax a little more. If a stretch makes your pain worse, ease off or try a different one.
course-moving-stretch-point-1 = Hold still, don't bounce.
course-moving-stretch-point-2 = A gentle pull is enough.
course-moving-stretch-point-3 = Keep breathing, slow and easy.
course-moving-stretch-example = Ben used to tug hard on his hamstring stretch, bouncing to reach further, and it left him sore. Now he eases in until he feels a gentle pull and holds still for a few breaths. It feels like relief instead of a fight.
course-moving-stretch-try = Once a day this week, try a knee-to-chest stretch: lying on your back, hug one knee gently towards you for 3 slow breaths, then swap.
course-moving-stretch-question = How should a good stretch feel?
course-moving-stretch-option-1 = Like a gentle pull that brings relief.
course-moving-stretch-option-2 = Like a struggle: the harder, the better.
course-moving-stretch-option-3 = Bouncy, to get a little further each time.
course-moving-stretch-right = Yes. A gentle pull, held still with slow breathing, is all a stretch needs. Relief is the sign you have got it right.
course-moving-stretch-not-quite = Not quite. A good stretch is a gentle pull you hold still, without bouncing or forcing. It should feel like relief, not a struggle.

## Theme 4: flare-ups (week 4)

course-theme-4-title = Getting through a flare-up
course-theme-4-summary = Flare-ups are common and they pass, and a simple plan helps you keep moving gently until yours does.

## Lesson: flare-ups are common and pass.
course-flare-up-they-pass-title = Flare-ups are common, and they pass
# "Flare-up" and "flare": a spell of worse pain (see the glossary). Never "attack" or "crisis".
course-flare-up-they-pass-key = A flare-up is a spell of worse pain than usual. Flares are common, they usually settle within days to a few weeks, and more pain rarely means new harm.
course-flare-up-they-pass-p-1 = Most people with back pain have flares now and then, even while they are getting better overall. A flare is part of the normal ups and downs, not a return to the start.
# "Alarm system": the body's protective pain system, as the lessons in week 1 describe it.
course-flare-up-they-pass-p-2 = A flare doesn't always follow a lift or a twist. Your back's alarm system gets more sensitive when you are tired, stressed or worried, or have been moving less, so a poor night or a hard week can be enough. Sometimes there is no clear reason at all.
course-flare-up-they-pass-p-3 = A flare can be upsetting, and that's understandable. But staying still for a long time tends to bring more stiffness, while gentle movement helps your back calm down.
course-flare-up-they-pass-example = Omar felt his back grab as he lifted a laundry basket, and he was sure he had damaged something. He kept to short walks and the gentle routines for bad days, and within a week it had eased a lot.
course-flare-up-they-pass-try = Write a few words about your last flare: how it felt, and how long it took to ease. Next time, that note can remind you that it passed before.
course-flare-up-they-pass-question = Your back flares after a busy weekend. What does the extra pain most likely mean?
course-flare-up-they-pass-option-1 = Something in your back has been newly damaged.
course-flare-up-they-pass-option-2 = You should rest in bed until the pain has gone.
course-flare-up-they-pass-option-3 = Your back is extra sensitive for a while, and it will usually settle.
course-flare-up-they-pass-right = That's right. A flare turns up your back's sensitivity for a while. It usually settles within days to a few weeks, and gentle movement helps.
course-flare-up-they-pass-not-quite = Not quite. More pain rarely means new harm, and long rest tends to add stiffness. A flare is a spell of extra sensitivity, and it usually settles.

## Lesson: the flare-up plan (was the read "Your flare-up plan").
course-flare-up-plan-title = Your flare-up plan
course-flare-up-plan-key = Keep moving, just do less. A simple plan, made on a calm day, makes a bad day easier to get through.
course-flare-up-plan-p-1 = When your back flares, make your sessions shorter and pick the easier versions of your exercises. Short walks, little and often through the day, keep you active without overdoing it.
# "Flare plan": the bad-days mode of the plan (glossary). The last sentence is the flare plan's end rule, in the same words as coach-flare-end-rule (without the number).
course-flare-up-plan-p-2 = Limber can do much of this for you. When your flare plan is on, Today shows the routines for bad days at a gentle level, nothing gets harder and your walk holds. The flare plan ends by itself once your pain is back within about a point of your usual for two days in a row, or whenever you end it.
course-flare-up-plan-p-3 = As things settle, ease back up one step at a time from your last comfortable level, rather than jumping straight back to where you were.
course-flare-up-plan-point-1 = Keep moving gently rather than stopping altogether.
course-flare-up-plan-point-2 = Shorter sessions, easier versions.
course-flare-up-plan-point-3 = Walk little and often.
course-flare-up-plan-point-4 = Ease back up one step at a time.
course-flare-up-plan-example = When Nadia's back flared, she switched on her flare plan and did the short routines for bad days. She walked to the end of her street and back 3 times a day, and the week after, she began to step back up.
course-flare-up-plan-try = Open Limber's flare page once on a calm day, so you know where it is and what it offers before you need it.
course-flare-up-plan-question = What will you do on the first day of your next flare? Write down 2 or 3 small steps.

## Lesson: what helps on a bad day.
course-flare-up-what-helps-title = What helps on a bad day
course-flare-up-what-helps-key = Small, gentle things help a flare settle: comfortable positions, warmth, slow breathing and a day broken into small pieces.
course-flare-up-what-helps-p-1 = Find a position of ease. On your back, bend your knees over a pillow or two; on your side, put a pillow between your knees. Move to a new position every 20 to 30 minutes rather than staying put.
course-flare-up-what-helps-p-2 = Warmth can loosen tight muscles. Try a warm (not hot) pack or a warm shower for 15 to 20 minutes. Keep a towel around the pack, and never fall asleep on it.
# "Brace": to hold the body stiff against pain.
course-flare-up-what-helps-p-3 = When pain spikes, many people hold their breath and brace. Slow breathing, with a long, easy breath out, helps your muscles let go. Limber's slow breathing session for a bad moment takes you through it, step by step.
course-flare-up-what-helps-p-4 = Split jobs into small pieces, and rest before the pain builds rather than after. Bigger tasks can wait for a better day.
course-flare-up-what-helps-example = On a bad morning, Elif lay on her side with a pillow between her knees and did the slow breathing session. Then she took a warm shower and split the washing-up into 2 smaller jobs.
course-flare-up-what-helps-try = This week, try the slow breathing session once on a calm day, so it already feels familiar when you need it.
course-flare-up-what-helps-question = Which of these is most likely to help on a bad day?
course-flare-up-what-helps-option-1 = Lying in one position all day so nothing moves.
course-flare-up-what-helps-option-2 = Changing position every 20 to 30 minutes, with warmth and slow breathing.
course-flare-up-what-helps-option-3 = Getting the whole to-do list done before the pain builds.
course-flare-up-what-helps-right = Yes. Moving between comfortable positions, warmth and slow breathing all help tight, sensitive muscles settle.
course-flare-up-what-helps-not-quite = Not quite. Staying in one position adds stiffness, and doing everything at once tends to stir pain up. Change position often, use warmth, breathe slowly and split jobs into small pieces.

## Lesson: when to get checked (was the read "When to see a professional"). The app shows
## the two lists of warning signs (coach-safety-*) under this lesson's paragraphs.
course-flare-up-get-checked-title = When to get your back checked
course-flare-up-get-checked-key = Limber can't examine you, but a doctor or physiotherapist can. Get checked if a flare isn't improving, and get help quickly for the warning signs.
course-flare-up-get-checked-p-1 = This app gives general guidance and can't tell you what's behind your pain. It's worth booking an appointment with a doctor or physiotherapist if your pain hasn't improved after about 2 weeks, or if it keeps getting worse.
course-flare-up-get-checked-p-2 = If you have other health conditions, it's a good idea to check with a professional before you start a new exercise programme too.
# "Both lists are below": the two lists of warning signs that the app shows under this lesson.
course-flare-up-get-checked-p-3 = A few signs need care rather than exercise: some need emergency help straight away, others a doctor within a day or two. Both lists are below. If one applies, stop exercising and get the help it says.
course-flare-up-get-checked-p-4 = Getting checked doesn't mean something is badly wrong. Often it brings peace of mind, and advice that fits you.
course-flare-up-get-checked-example = Marco's back had been no better for 2 weeks, so he booked to see a physiotherapist. She examined him, found nothing worrying and changed 2 of his exercises, and he felt much calmer about moving.
course-flare-up-get-checked-try = Read the two lists of warning signs below once, so you would recognise them if they ever came up.
course-flare-up-get-checked-question = Your flare has lasted about 2 weeks with no improvement. What's the best next step?
course-flare-up-get-checked-option-1 = Book an appointment with a doctor or physiotherapist.
course-flare-up-get-checked-option-2 = Stop all movement until the pain has gone.
course-flare-up-get-checked-option-3 = Wait another month before doing anything.
course-flare-up-get-checked-right = That's right. After about 2 weeks without improvement, or if it's getting worse, it's worth having your back checked by someone who can examine you.
course-flare-up-get-checked-not-quite = Not quite. Stopping movement tends to add stiffness, and there's no need to wait longer. After about 2 weeks without improvement, book an appointment with a doctor or physiotherapist.

## Theme 5: sleep, stress and mood (week 5)

course-theme-5-title = Sleep, stress and mood
course-theme-5-summary = How sleep, stress and mood can turn pain up or down, and small everyday things that help.

## Lesson: sleep and pain feed each other.
course-sleep-and-pain-title = Sleep and pain go together
course-sleep-and-pain-key = Poor sleep and pain feed each other. A bad night can make pain feel louder the next day, and that passes.
course-sleep-and-pain-p-1 = Pain can make it hard to get comfortable and stay asleep. After a poor night, your body's alarm system is more sensitive, so the same back can hurt more. Each one can keep the other going.
course-sleep-and-pain-p-2 = The good news is that the loop works both ways. Better sleep tends to take the edge off pain, and gentle movement during the day tends to help you sleep.
course-sleep-and-pain-p-3 = One bad night doesn't undo your progress. On a tired day, keep moving but keep it gentle: an easier session and a short walk are plenty.
course-sleep-and-pain-example = After a restless night, Maya's pain was 6 out of 10 instead of her usual 4. She did the easier version of her routine and a short walk, and by the evening her pain was down to her usual.
course-sleep-and-pain-try = For one week, note each morning whether you slept well, so-so or badly, next to how your back feels. See whether the two move together.
course-sleep-and-pain-question = Your back hurts more than usual after a poor night. What's the most likely reason?
course-sleep-and-pain-option-1 = Your back was injured while you slept.
course-sleep-and-pain-option-2 = Tiredness has made your body more sensitive to pain for a while.
course-sleep-and-pain-option-3 = Your exercises have stopped working.
course-sleep-and-pain-right = Yes. Poor sleep turns up your sensitivity to pain for a while. It passes, especially after a better night.
course-sleep-and-pain-not-quite = Not quite. After a poor night, the same back often hurts more because tiredness makes your body more sensitive to pain. It isn't new damage, and it passes.

## Lesson: settling for a better night.
course-sleep-better-nights-title = Settling for a better night
course-sleep-better-nights-key = A comfortable position, a steady rhythm and a calm wind-down give sleep its best chance.
course-sleep-better-nights-p-1 = Use pillows to support whatever position is comfortable: under your knees if you lie on your back, between your knees if you lie on your side. To get out of bed when you're sore, roll onto your side first and push yourself up with your arms.
course-sleep-better-nights-p-2 = Keep a steady rhythm. Get up at about the same time every day, weekends too, and give yourself a quiet half hour before bed with low lights and no work.
course-sleep-better-nights-p-3 = If you've been lying awake for a long while, get up and do something calm in low light, then go back to bed when you feel sleepy. Lying there worrying about sleep tends to keep it away.
# "Wind-down": a calm routine before sleep. "Winding-down session": the calm session for bedtime (calm-wind-down).
course-sleep-better-nights-p-4 = Limber's winding-down session is made for bedtime. It helps your body and your thoughts slow down.
course-sleep-better-nights-example = Joe used to scroll on his phone in bed until late. He swapped that for the winding-down session with the lights low, and after a week he was falling asleep sooner on most nights.
course-sleep-better-nights-try = Choose a time to get up and keep to it every day this week. On 3 evenings, try the winding-down session in bed.
course-sleep-better-nights-question = What tends to help you sleep, and what tends to get in the way?

## Lesson: stress and pain feed each other.
course-stress-turns-pain-up-title = Stress can turn pain up
course-stress-turns-pain-up-key = Stress and pain feed each other. When your body feels calmer and safer, pain often eases a little too.
course-stress-turns-pain-up-p-1 = Pain is your body's alarm, and stress makes that alarm more sensitive. In a tense week your muscles tighten, your breathing gets quicker and shallower, and the same back can hurt more.
course-stress-turns-pain-up-p-2 = Pain is stressful in its own right, so the two can keep each other going. You can't always remove stress, but you can give your body regular signs that it is safe.
course-stress-turns-pain-up-p-3 = Slow breathing is one of the simplest. Breathing out more slowly than you breathe in helps your body shift towards rest. Like any skill, it works best when you practise it on calm days, so it's ready on hard ones.
course-stress-turns-pain-up-p-4 = Limber's calm sessions include slow breathing, a body scan and gentle muscle relaxation. A few minutes a day is enough to start.
course-stress-turns-pain-up-example = In a week of deadlines, Ravi noticed that his back ached more by the afternoon. He set a reminder to do the slow breathing session at his desk after lunch, and the afternoons felt easier.
course-stress-turns-pain-up-try = Once a day this week, try one of Limber's calm sessions at a quiet moment, not only at a bad one.
course-stress-turns-pain-up-question = Why can a stressful week make your back hurt more?
course-stress-turns-pain-up-option-1 = Stress damages the discs in your back.
course-stress-turns-pain-up-option-2 = The pain isn't real: it's only in your head.
course-stress-turns-pain-up-option-3 = Stress makes your body's alarm system more sensitive.
course-stress-turns-pain-up-right = That's right. Stress turns up your body's alarm, so the same back can hurt more. Calming your body helps turn it back down.
course-stress-turns-pain-up-not-quite = Not quite. Pain under stress is real pain, and it doesn't mean damage. Stress makes your body's alarm system more sensitive, and calming your body helps turn it down.

## Lesson: worried thoughts.
course-mood-worried-thoughts-title = When worry takes over
course-mood-worried-thoughts-key = Worried thoughts, like the feeling that your back will never get better, are common. They feel like facts, but they are guesses you can answer.
course-mood-worried-thoughts-p-1 = Worry is a natural reaction to pain. But worried thoughts can make pain feel bigger, make moving seem riskier than it is, and make it harder to do the things that help.
course-mood-worried-thoughts-p-2 = It helps to notice a worried thought and give it a name: that's a worry, not a fact. Then answer it with what you know. Flares have eased before. Pain is not a measure of damage. Small steps add up.
# "Cognitive behavioural therapy": a talking therapy, often called CBT; translate by its usual name.
course-mood-worried-thoughts-p-3 = Skills for handling thoughts and stress can help with back pain. In a trial, people who learned mindfulness, or cognitive behavioural therapy (a talking therapy that works on thoughts and habits), could do more in daily life after 26 weeks than people who had usual care.
course-mood-worried-thoughts-example = Hana woke up stiff and caught herself thinking she would be like this forever. She wrote the thought down and, under it, wrote that her last flare had eased within a couple of weeks. By lunch she felt ready for a short walk.
course-mood-worried-thoughts-try = When a worried thought with never or always in it comes up, write it down, then write one thing you know that answers it.
course-mood-worried-thoughts-question = A thought tells you your back will never get better. What's a helpful way to treat it?
course-mood-worried-thoughts-option-1 = Take it as a fact and plan your life around it.
course-mood-worried-thoughts-option-2 = Notice it as a worry, and answer it with what you know.
course-mood-worried-thoughts-option-3 = Push it away and try never to think about your back.
course-mood-worried-thoughts-right = Yes. Naming it as a worry and answering it with what you know takes away some of its power.
course-mood-worried-thoughts-not-quite = Not quite. Worried thoughts feel like facts but are guesses, and pushing them away rarely works for long. Call the thought a worry, then answer it.

## Lesson: mood and the things you enjoy.
course-mood-what-you-enjoy-title = Make room for what you enjoy
course-mood-what-you-enjoy-key = Pain can slowly crowd out the things that make life good. Bringing them back, in small doses, helps your mood and your back.
course-mood-what-you-enjoy-p-1 = When your back hurts, it's easy to drop hobbies, outings and time with friends. Life gets smaller, and mood tends to sink with it. Low mood can then make pain harder to bear.
course-mood-what-you-enjoy-p-2 = You don't need to wait until the pain has gone. Pick something you've missed and find a smaller version of it: 20 minutes of gardening instead of an afternoon, or a coffee with a friend instead of a day out.
course-mood-what-you-enjoy-p-3 = If you feel low most days for 2 weeks or more, or have lost interest in things you used to enjoy, tell your doctor. Support for your mood is part of caring for your back, not something separate.
course-mood-what-you-enjoy-example = Peter had stopped going to his choir because standing for 2 hours hurt. He went back for the first half only, sitting down between songs, and came home tired but happy.
course-mood-what-you-enjoy-try = Choose one thing you've missed and plan a smaller version of it this week. Put it in your diary like an appointment.
course-mood-what-you-enjoy-question = What is one thing your back has squeezed out of your life that you'd like to bring back, even a little?

## Theme 6: work, daily life and staying well (week 6)

course-theme-6-title = Daily life and staying well
course-theme-6-summary = Work, walking and small daily habits that keep you moving and help your back stay well for longer.

## Lesson: keep up work and everyday life (was the read "Keep up your everyday life").
course-work-and-daily-life-title = Keep up work and everyday life
course-work-and-daily-life-key = Carrying on with your usual activities, as best you can, is part of looking after your back. That includes work.
course-work-and-daily-life-p-1 = Guidelines for low back pain encourage people to keep up their normal activities where they can: work, chores, hobbies, seeing friends. For a while you may need to do some things more slowly or in smaller chunks, and that's fine.
course-work-and-daily-life-p-2 = Staying at work, or going back with some changes for a while, tends to help recovery. Ask about what would make it easier: more breaks, lighter tasks, or moving between sitting and standing.
# "TENS machine": a small device that sends mild electrical pulses through the skin; keep "TENS".
course-work-and-daily-life-p-3 = Some products promise a quick fix. UK guidance from NICE does not recommend back belts, traction or TENS machines for low back pain, so there's no need to spend money on them. What it does support is staying active, doing exercise you enjoy and building up gently over time.
course-work-and-daily-life-example = Chris works in a warehouse. After a flare, he agreed with his manager to do lighter jobs for 2 weeks, with a short break every hour, and then went back to his usual work.
course-work-and-daily-life-try = Pick one everyday activity you've been avoiding and do a smaller piece of it this week, such as one load of washing or a short trip to the shop.
course-work-and-daily-life-question = Which of these does UK guidance from NICE support for low back pain?
course-work-and-daily-life-option-1 = Staying active and keeping up everyday life.
course-work-and-daily-life-option-2 = Wearing a back belt every day.
course-work-and-daily-life-option-3 = Buying a TENS machine.
course-work-and-daily-life-right = That's right. Keeping up your normal activities, with exercise you enjoy, is what the guidance supports.
course-work-and-daily-life-not-quite = Not quite. NICE does not recommend back belts, traction or TENS machines. It supports staying active and keeping up everyday life.

## Lesson: walking and fewer flares (was the read "Why walking"). Keep every number.
course-walking-fewer-flares-title = Walking keeps flares away for longer
course-walking-fewer-flares-key = Regular walking, built up gently, can help your back stay well for longer. In a large trial, walkers went nearly twice as long before a flare.
course-walking-fewer-flares-p-1 = The WalkBack trial, published in The Lancet in 2024, followed 701 adults who had recently recovered from an episode of low back pain. Half had a walking programme that built up step by step, with some education. The other half had no treatment.
course-walking-fewer-flares-p-2 = The walkers were about a quarter less likely to have a flare that limited what they could do (a hazard ratio of 0.72). The typical walker went 208 days before one, against 112 days without the programme.
# "Baseline week": the first week of the walking programme, which finds a comfortable length.
course-walking-fewer-flares-p-3 = Limber's walking plan builds up the same gentle way. In a baseline week you take up to 3 walks of a comfortable length. Your plan starts at about 80% of that, then adds about 10% a week, but only after a week done as planned. After a flare, it holds or steps back.
course-walking-fewer-flares-p-4 = The aim is 30 minutes on 5 days: 150 minutes a week, the amount of moderate activity the World Health Organization advises for adults. You can split a walk into shorter bouts, like 3 walks of 10 minutes.
course-walking-fewer-flares-example = Ruth's baseline walks were about 10 minutes, so her plan began at 8. Adding a little each week, she was walking 15 minutes most days within 2 months.
course-walking-fewer-flares-try = Take your walks at the same time of day this week, such as after lunch, so they become part of your day.
course-walking-fewer-flares-question = When and where do you most enjoy walking, and how could you make that part of your week?

## Lesson: gentle cardio (was the read "Gentle cardio for your back").
course-walking-gentle-cardio-title = Gentle cardio for your back
course-walking-gentle-cardio-key = Walking, swimming, cycling and water aerobics get your heart going without jolting your back.
course-walking-gentle-cardio-p-1 = Low-impact cardio raises your heart rate without pounding or jarring your body. Think walking, swimming, a stationary bike or a water aerobics class.
course-walking-gentle-cardio-p-2 = Because these are kind to your spine, they're a good place to start. They build fitness, send more blood to your back, and can leave you feeling better in yourself.
course-walking-gentle-cardio-p-3 = Walking is the easiest to fit into a day, and a few minutes at a comfortable pace is plenty at first. In water, some of your weight is held up for you, so moving can feel easier there.
# "Log": record in the app afterwards.
course-walking-gentle-cardio-p-4 = Start with short sessions and add a little time every few days when it feels comfortable. You can do these away from your phone and log them in Limber afterwards.
course-walking-gentle-cardio-example = Hilly streets made walking hard for Wendy, so she tried a water aerobics class at her local pool. She stayed for half the class at first, and now she stays for all of it.
course-walking-gentle-cardio-try = This week, try a short session of a gentle cardio you don't usually do, and log it afterwards.
course-walking-gentle-cardio-question = Why can swimming or water aerobics feel easier when your back is sore?
course-walking-gentle-cardio-option-1 = Cold water numbs your back.
course-walking-gentle-cardio-option-2 = Your back doesn't move at all in water.
course-walking-gentle-cardio-option-3 = The water holds up some of your weight.
course-walking-gentle-cardio-right = Yes. In water, some of your weight is held up for you, so moving can feel easier.
course-walking-gentle-cardio-not-quite = Not quite. Your back still moves in water, and that's good for it. Moving feels easier because the water holds up some of your weight.

## Lesson: a little, often (was the read "A little, often").
course-well-little-often-title = A little, often
course-well-little-often-key = A few minutes most days does more for your back than one big session now and then.
course-well-little-often-p-1 = Small, regular doses of movement add up. A short routine is also easier to keep going on busy days or sore days than a long workout.
course-well-little-often-p-2 = Mix things up: some strength, some stretching and some gentle cardio like walking. Each kind helps in its own way, and variety keeps it interesting.
course-well-little-often-p-3 = Yoga and Pilates-style movement, which blend strength, stretching and slow breathing, suit many people with back pain. Try gentle beginner sessions and skip anything that doesn't feel right.
# An "if-then plan" links a situation to an action: if this happens, then I will do that.
course-well-little-often-p-4 = Tie your routine to something you already do each day, like your morning cup of tea, so it becomes a habit. An if-then plan helps too: if it rains, then I walk in the shopping centre. Plans like this roughly double the chance of following through.
course-well-little-often-example = Aisha does her routine while the kettle boils for her morning tea. Her if-then plan is simple: if she's running late, then she does just the first 2 exercises.
course-well-little-often-try = Write one if-then plan for whatever is most likely to knock your routine off course this week.
course-well-little-often-question = Which is most likely to help your back over the months ahead?
course-well-little-often-option-1 = One long, hard session at the weekend.
course-well-little-often-option-2 = A few minutes most days, mixing strength, stretching and walking.
course-well-little-often-option-3 = Waiting to exercise until you have a free hour.
course-well-little-often-right = That's right. Small, regular doses add up, and a short routine is easier to keep going on busy or sore days.
course-well-little-often-not-quite = Not quite. A few minutes most days, with a mix of strength, stretching and walking, does more than one big session now and then.

## Lesson: weight and your back (was the read "Weight and your back").
course-well-healthy-weight-title = Weight and your back
course-well-healthy-weight-key = At a healthy weight for you, there's less load on your spine, and gentle, regular movement helps with that over time.
course-well-healthy-weight-p-1 = Your lower back helps carry your weight every time you stand, walk or bend, so your weight is part of the load on your spine every day.
course-well-healthy-weight-p-2 = This isn't about strict diets or chasing a number. The walks and exercises in your routine are already a kind, steady way to look after your weight over time.
course-well-healthy-weight-p-3 = If you'd like more help with weight, a health professional can support you at a pace that suits you. Be kind to yourself along the way: small changes you can keep up count for more than big ones you can't.
course-well-healthy-weight-example = Luis wanted to lose some weight but dreaded the idea of a diet. He kept up his walks, had fruit instead of biscuits most afternoons, and asked a nurse at his doctor's practice to check in with him now and then.
course-well-healthy-weight-try = Choose one small change you could keep up, like a walk after dinner, and do it on 3 days this week.
course-well-healthy-weight-question = What's the kindest way to look after your weight for your back?
course-well-healthy-weight-option-1 = Small, steady habits, like regular walks.
course-well-healthy-weight-option-2 = A strict diet for a few weeks.
course-well-healthy-weight-option-3 = Skipping meals on sore days.
course-well-healthy-weight-right = Yes. Small habits you can keep up, like your walks and exercises, look after your weight steadily over time.
course-well-healthy-weight-not-quite = Not quite. Strict diets and skipped meals are hard to keep up. Small, steady habits, like your walks and exercises, do more over time.

## Lesson: if back pain comes back.
course-well-if-it-comes-back-title = If your back pain comes back
course-well-if-it-comes-back-key = For many people, back pain comes back at some point. That doesn't mean starting again: you now know what helps.
course-well-if-it-comes-back-p-1 = A new spell of back pain isn't a sign that your back is weak or that you did something wrong. Backs have ups and downs, like the rest of us, and most spells settle.
course-well-if-it-comes-back-p-2 = What you've practised over these 6 weeks stays with you: moving little and often, building up gently, your flare plan, slow breathing, and knowing the warning signs. If pain returns, start with those rather than with rest.
course-well-if-it-comes-back-p-3 = Staying well is mostly the same habits in a lighter form: regular walks, a short routine a few times a week, and looking after your sleep and stress. The weekly check-in helps you notice early if things start to slip.
course-well-if-it-comes-back-example = A year after her first bad spell, Grace's back flared again while she was moving house. This time she didn't panic: she used her flare plan, kept walking a little each day, and was back to her usual within a few weeks.
course-well-if-it-comes-back-try = Choose the habits you'll keep once the course ends, such as 3 walks and 2 short routines a week, and put them in your diary.
course-well-if-it-comes-back-question = What has helped your back most over these 6 weeks, and how will you keep it in your week?
