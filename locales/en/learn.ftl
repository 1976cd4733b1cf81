### English. Learn: short reads about living and moving with low back pain (why movement
### helps, hurt versus harm, the next morning, walking, pacing, flare-ups, when to see
### someone), and the Learn screens around them. Written for someone who is sore, reading on
### a phone: calm, plain and short. Facts and numbers stay exactly as they are.

## The Learn screens

learn-title = Learn
learn-lead = A few minutes of reading that make the exercises make sense.
learn-back = ‹ All reads
# Above the link to the read after this one.
learn-next-read = Next read
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

## The reads, in reading order: each has a title (<= 40 characters), a one-sentence summary
## (Today and the list), paragraphs (-p-N) and sometimes bullet points (-point-N).


learn-why-movement-summary = Gentle, regular movement often helps a sore back recover sooner than rest does.
learn-why-movement-p-1 = Back pain is very common: up to 8 in 10 people have it at some point in their lives. If your back is sore right now, you are in good company.
learn-why-movement-p-2 = When it hurts, lying still can feel like the sensible thing to do. But long spells of rest usually don't help. Muscles that aren't used get weaker, joints get stiffer, and moving can start to feel harder than before.
learn-why-movement-p-3 = Moving regularly works the other way. Stronger muscles in your tummy, sides, lower back and hips give your spine better support. Moving also sends more blood to the area, and it releases endorphins, your body's own pain easers, which can lift your mood too.
learn-why-movement-p-4 = So think of gentle movement as part of the treatment, not a reward for when the pain has gone. Small amounts count, and you can build up from there.

learn-hurt-vs-harm-summary = Some discomfort while you exercise is okay. A 0 to 10 check against your usual pain tells you when to carry on or make it easier.
learn-hurt-vs-harm-p-1 = Feeling some pain as you move doesn't necessarily mean you're doing harm. A sore back can be extra sensitive for a while, and calm, steady practice helps it get used to moving again.
learn-hurt-vs-harm-p-2 = While you exercise, rate your pain from 0 (none at all) to 10 (the worst you can imagine). Limber uses the three bands below whenever you tell it something hurts.
learn-hurt-vs-harm-p-3 = This way of keeping an eye on pain comes from physiotherapy research. If your back already sits higher than 3 most days, the bands move up with it: your usual level is green, up to about 2 points above it is amber, and more than that, or 8 and up, is red. Limber works out your usual level from your recent answers.
learn-hurt-vs-harm-p-4 = Red isn't a failure and doesn't mean stop moving. Make that exercise easier, or skip it and rest, and try again another day. If your pain stays high, get it checked by a doctor or physio.
learn-hurt-vs-harm-point-1 = Green, 0 to 3/10 (or up to your usual level): fine. Carry on, moving slowly and breathing easily.
learn-hurt-vs-harm-point-2 = Amber, 4 to 5/10 (or up to 2 above your usual): fine if it settles by the next morning. Ease off a little: fewer reps, smaller moves.
learn-hurt-vs-harm-point-3 = Red, 6/10 or more (or 3 above your usual, or 8 and up), or pain spreading down a leg: stop that exercise; try its easier version or skip it.

learn-next-morning-summary = How your back feels the morning after a session is the best sign of whether you did the right amount.
learn-next-morning-p-1 = During a session it can be hard to judge how much is right. Your back gives a clearer answer later: how it feels the next morning, compared with how it felt before you started.
learn-next-morning-p-2 = So the day after a session, Limber asks you once: is your back better, about the same, or worse than before? Pick one and save; your pain score is optional.
learn-next-morning-p-3 = A bit of soreness during a session is okay, as long as it has settled by the next morning. That is the same rule as the 0 to 10 check, seen from the day after.
learn-next-morning-point-1 = Better, or about the same: the amount suited you, so you're ready to build.
learn-next-morning-point-2 = Worse: your next session steps back a little, to give your back time to settle.

learn-pacing-summary = Small, steady steps up are how strength comes back without stirring up your back.
learn-pacing-p-1 = On a good day it's tempting to do a lot. A slow start usually serves you better: begin with gentle, low-impact movement, like a short walk, and let your body show you what it's ready for.
learn-pacing-p-2 = When an exercise feels comfortable, add a little: one or two more repetitions, or a little more time. Then stay there for a few days before adding more. Slow progress is still progress.
learn-pacing-p-3 = If your pain flares, there's no need to start from scratch. Step back to the last level that felt comfortable, stay there while things calm down, then build up again.
learn-pacing-point-1 = Feels comfortable? Add 1 or 2 reps, or a little time.
learn-pacing-point-2 = Give it a few days between each step up.
learn-pacing-point-3 = Pain flaring? Go back to your last comfortable level.

learn-why-walking-summary = A large trial found that a simple walking programme helped people stay clear of back pain flares for longer.
learn-why-walking-p-1 = The WalkBack trial, published in The Lancet in 2024, followed 701 adults who had recently recovered from an episode of low back pain. Half were given a walking programme that built up step by step, with some education. The other half got no treatment.
learn-why-walking-p-2 = The walkers were about a quarter less likely to have a flare that limited what they could do (a hazard ratio of 0.72). The typical walker went 208 days before one, against 112 days without the programme: nearly twice as long.
learn-why-walking-p-3 = Limber's walking plan builds up the same gentle way. In a baseline week you take up to 3 walks of a comfortable length. Your plan starts at about 80% of that, then adds about 10% a week, but only after a week done as planned. After a flare, it holds or steps back.
learn-why-walking-p-4 = The aim is 30 minutes on 5 days: 150 minutes a week, the amount of moderate activity the World Health Organization advises for adults. You can split a walk into shorter bouts, like 3 walks of 10 minutes.

learn-flare-up-plan-summary = Bad back days are hard, and having a simple plan ready makes it easier to keep moving gently.
learn-flare-up-plan-p-1 = A flare-up is a spell when your pain is worse than usual. It can be upsetting, but more pain doesn't necessarily mean more harm, and staying still for a long time tends to bring more stiffness.
learn-flare-up-plan-p-2 = Keep moving, just do less. Make your sessions shorter and pick the easier versions of your exercises. Short walks, little and often through the day, help you stay active without overdoing it.
learn-flare-up-plan-p-3 = As things settle, ease back up one step at a time from your last comfortable level, rather than jumping straight back to where you were.
learn-flare-up-plan-p-4 = Talk to a doctor or physio if a flare hasn't improved after about 2 weeks, or keeps getting worse. If you notice any of the signs in 'When to see a professional', get medical help the same day.
learn-flare-up-plan-point-1 = Keep moving gently rather than stopping altogether.
learn-flare-up-plan-point-2 = Shorter sessions, easier versions.
learn-flare-up-plan-point-3 = Walk little and often.
learn-flare-up-plan-point-4 = Ease back up one step at a time.

learn-see-a-professional-summary = Limber gives general guidance, not a diagnosis, so here's when it's worth getting your back checked by someone.
learn-see-a-professional-p-1 = This app can't examine you or tell you what's behind your pain. A doctor or physiotherapist can. It's worth booking an appointment if your pain hasn't improved after about 2 weeks, or if it's getting worse.
learn-see-a-professional-p-2 = If you have other health conditions, it's a good idea to check with a professional before starting a new exercise programme too.
learn-see-a-professional-p-3 = Some signs need care rather than exercise: a few need emergency help straight away, others a doctor within a day or two. Both lists are below. If one applies, stop exercising and get the help it says.

learn-low-impact-cardio-summary = Walking, swimming, cycling and water aerobics get your heart going without jolting your back.
learn-low-impact-cardio-p-1 = Low-impact cardio means activity that raises your heart rate without pounding or jarring your body. Think walking, swimming, a stationary bike or a water aerobics class.
learn-low-impact-cardio-p-2 = Because these are kind to your spine, they're a good place to start. They build fitness, get more blood flowing to your back, and can leave you feeling better in yourself.
learn-low-impact-cardio-p-3 = Walking is the easiest to fit into a day: a few minutes at a comfortable pace is plenty to begin with. In water, some of your weight is held up for you, so moving can feel easier there.
learn-low-impact-cardio-p-4 = Start with short sessions and add a little time every few days when it feels comfortable. You can do these away from your phone and log them afterwards.

learn-core-strength-summary = Your core is the team of muscles around your middle, and gentle strength work helps them support your spine.
learn-core-strength-p-1 = Your core isn't just your tummy. It's the ring of muscles around your middle: the front, your sides, your lower back and your hips. Working together, they help support your spine as you move.
learn-core-strength-p-2 = You don't need crunches or heavy weights. Simple moves like pelvic tilts, bridges and modified planks build that support gently. Start with the easiest version and move up when it feels comfortable.
learn-core-strength-p-3 = Move slowly, keep breathing, and stop before you strain. Doing a few well matters more than doing lots.
learn-core-strength-point-1 = Pelvic tilt: lying on your back with knees bent, gently press your lower back towards the floor, then relax.
learn-core-strength-point-2 = Bridge: lying on your back with knees bent, lift your hips a little, then lower slowly.
learn-core-strength-point-3 = Modified plank: hold a plank from your knees or forearms for a few slow breaths.

learn-stretch-gently-summary = Gentle stretches for your hips, legs and lower back can ease tension and help you move more freely.
learn-stretch-gently-p-1 = Stretching your hips, legs and lower back helps release tension and gives you more room to move. It's a calm, easy way to start or finish a session.
learn-stretch-gently-p-2 = Ease into each stretch slowly until you feel a gentle pull, then hold still. No bouncing and no forcing: a good stretch feels like relief, not a struggle.
learn-stretch-gently-p-3 = Breathe slowly, and let each breath out help you relax a little more. If a stretch makes your pain worse, ease off or try a different one.
learn-stretch-gently-point-1 = Hold still, don't bounce.
learn-stretch-gently-point-2 = A gentle pull is enough.
learn-stretch-gently-point-3 = Keep breathing, slow and easy.

learn-stay-consistent-summary = A few minutes most days does more for your back than one big session now and then.
learn-stay-consistent-p-1 = Regular, small doses of movement add up. A short routine is also easier to keep going on busy days or sore days than a long workout.
learn-stay-consistent-p-2 = Mix things up: some strength, some stretching and some gentle cardio like walking. Each kind of activity helps in its own way, and variety keeps it interesting.
learn-stay-consistent-p-3 = Yoga and Pilates-style movement, which blend strength, stretching and slow breathing, suit many people with back pain. Try gentle beginner sessions and skip anything that doesn't feel right.
learn-stay-consistent-p-4 = It can help to tie your routine to something you already do every day, like your morning cup of tea, so it becomes a habit.

learn-healthy-weight-summary = A healthy weight means less load on your spine, and regular gentle movement can help with that over time.
learn-healthy-weight-p-1 = Your lower back helps carry your weight every time you stand, walk or bend. At a healthy weight for you, there's less load on your spine.
learn-healthy-weight-p-2 = This isn't about strict diets or chasing a number. The walks and exercises in your routine are already a kind, steady way to look after your weight over time.
learn-healthy-weight-p-3 = If you'd like more help with weight, a health professional can support you at a pace that suits you. Be kind to yourself along the way.

learn-keep-active-summary = Carrying on with your usual daily activities, as best you can, is part of looking after your back.
learn-keep-active-p-1 = Guidelines for low back pain encourage people to keep up their normal activities where they can: work, chores, hobbies, seeing friends. You may need to do some things more slowly or in smaller chunks for a while, and that's fine.
learn-keep-active-p-2 = Some products promise a quick fix. UK guidance from NICE does not recommend back belts, traction or TENS machines for low back pain, so there's no need to spend money on them.
learn-keep-active-p-3 = What the guidance does support is what you're already doing: staying active, doing exercise you can enjoy, and building up gently over time.
