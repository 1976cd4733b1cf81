### English. The exercise library: its screens, what each exercise is for, how to do it,
### what to keep in mind and when to stop.

## The library screen

exercises-title = Exercises
exercises-search-label = Search exercises by name
exercises-search-placeholder = Search by name
exercises-filter-area = Body area
exercises-filter-kind = Kind
exercises-all-areas = All areas
exercises-all-kinds = All kinds
exercises-none-match = Nothing matches. Try fewer filters or another word.
# Variables:
#   $count (Number) - how many exercises the filters show
exercises-count =
    { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }
# Under an exercise's name in the list: its kind, then how much of it to do.
# Variables:
#   $kind (String) - the kind of exercise ("Strength")
#   $dose (String) - how much to do ("2 sets of 10 reps")
exercises-row-meta = { $kind } · { $dose }

## One exercise's page

exercises-back = ‹ All exercises
# The figure's name for a screen reader.
# Variables:
#   $name (String) - the exercise's name
exercises-figure-label = { $name }: start and end position
exercises-suggested = Suggested
exercises-position = Position
exercises-you-need = You need
exercises-works = Works
exercises-how-to = How to do it
exercises-keep-in-mind = Keep in mind
exercises-when-to-stop = When to stop
exercises-variants = Easier and harder versions
# Before the name of a gentler version, which is a link.
exercises-easier = Easier:{ " " }
# Before the name of a more demanding version, which is a link.
exercises-harder = Harder:{ " " }
exercises-used-in = Used in

## Under the figure: the view it is drawn from, and which side comes first.

exercises-view-side = Seen from the side
exercises-view-front = Seen from the front
exercises-view-above = Seen from above
# Variables:
#   $view (String) - where the figure is seen from ("Seen from the side")
exercises-caption-each-side = { $view } · left side first
# Variables:
#   $view (String) - where the figure is seen from ("Seen from the side")
exercises-caption-alternating = { $view } · sides take turns

## Which side a set is for.

exercises-side-left = left side
exercises-side-right = right side

## Parts of the body an exercise works (filter buttons and the "Works" line).

exercises-area-core = Core
exercises-area-hips = Hips
exercises-area-hamstrings = Hamstrings
exercises-area-lower-back = Lower back
exercises-area-glutes = Glutes
exercises-area-whole-body = Whole body

## Kinds of exercise (filter buttons).

exercises-kind-mobility = Mobility
exercises-kind-stretch = Stretch
exercises-kind-strength = Strength
exercises-kind-cardio = Low-impact cardio

## The position an exercise starts from.

exercises-position-lying = Lying down
exercises-position-kneeling = Kneeling
exercises-position-sitting = Sitting
exercises-position-standing = Standing
exercises-position-in-water = In the water

## What you need, as a label on an exercise's page.

exercises-equipment-none = Nothing
exercises-equipment-mat = A mat or rug
exercises-equipment-chair = A sturdy chair
exercises-equipment-wall = A wall
exercises-equipment-strap = A strap, belt or towel
exercises-equipment-bike = A stationary bike
exercises-equipment-pool = A pool

## What you need, as an item in the sentence "You'll need …" (a list of these).

exercises-need-mat = a mat or rug
exercises-need-chair = a sturdy chair
exercises-need-wall = a wall
exercises-need-strap = a strap, belt or towel
exercises-need-bike = a stationary bike
exercises-need-pool = a pool
# Variables:
#   $items (String) - a list of the things above ("a mat or rug and a sturdy chair")
exercises-you-will-need = You'll need { $items }.

## How much of an exercise to do (the dose). "s" is seconds.

exercises-hold-note = A hold means staying in the position, still and breathing easily, for the time shown.
# Variables:
#   $reps (Number) - repetitions in the one set
exercises-dose-reps =
    { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }
# Variables:
#   $reps (Number) - repetitions in the one set, on each side
exercises-dose-reps-each-side =
    { $reps ->
        [one] { $reps } rep each side
       *[other] { $reps } reps each side
    }
# The sides take turns: each rep is one side.
# Variables:
#   $reps (Number) - repetitions in the one set, both sides counted together
exercises-dose-reps-alternating =
    { $reps ->
        [one] { $reps } rep, alternating sides
       *[other] { $reps } reps, alternating sides
    }
# Variables:
#   $sets (Number) - how many sets
#   $reps (Number) - repetitions in each set
exercises-dose-sets-reps =
    { $sets ->
        [one] { $sets } set
       *[other] { $sets } sets
    } of { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }
# Variables:
#   $sets (Number) - how many sets
#   $reps (Number) - repetitions in each set, on each side
exercises-dose-sets-reps-each-side =
    { $sets ->
        [one] { $sets } set
       *[other] { $sets } sets
    } of { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    } each side
# The sides take turns: each rep is one side.
# Variables:
#   $sets (Number) - how many sets
#   $reps (Number) - repetitions in each set, both sides counted together
exercises-dose-sets-reps-alternating =
    { $sets ->
        [one] { $sets } set
       *[other] { $sets } sets
    } of { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }, alternating sides
# Variables:
#   $secs (Number) - seconds to hold
exercises-dose-hold = Hold { $secs } s
# Variables:
#   $secs (Number) - seconds to hold, on each side
exercises-dose-hold-each-side = Hold { $secs } s each side
# Variables:
#   $secs (Number) - seconds to hold
exercises-dose-hold-alternating = Hold { $secs } s, alternating sides
# Variables:
#   $sets (Number) - how many holds
#   $secs (Number) - seconds of each hold
exercises-dose-sets-hold =
    { $sets ->
        [one] { $sets } hold
       *[other] { $sets } holds
    } of { $secs } s
# Variables:
#   $sets (Number) - how many holds on each side
#   $secs (Number) - seconds of each hold
exercises-dose-sets-hold-each-side =
    { $sets ->
        [one] { $sets } hold
       *[other] { $sets } holds
    } of { $secs } s each side
# Variables:
#   $sets (Number) - how many holds
#   $secs (Number) - seconds of each hold
exercises-dose-sets-hold-alternating =
    { $sets ->
        [one] { $sets } hold
       *[other] { $sets } holds
    } of { $secs } s, alternating sides
# An activity kept up for a time (walking, cycling, swimming).
# Variables:
#   $mins (Number) - minutes
exercises-dose-minutes =
    { $mins ->
        [one] { $mins } minute
       *[other] { $mins } minutes
    }

## Each exercise: what it is for (purpose), what to do (step-1, …), what to keep in mind
## (cue-1, …) and when to stop (caution-1, …). The name is `exercise-<id>` in core.ftl.

# pelvic-tilt
exercises-pelvic-tilt-purpose = Wakes up your deep tummy muscles and gently moves your lower back.
exercises-pelvic-tilt-step-1 = Lie on your back with your knees bent and feet flat, hip-width apart.
exercises-pelvic-tilt-step-2 = Breathe out and gently flatten the small of your back into the floor by tipping your pelvis.
exercises-pelvic-tilt-step-3 = Hold for a moment, breathing normally.
exercises-pelvic-tilt-step-4 = Relax back to where you started. Keep the movement small and smooth.
exercises-pelvic-tilt-cue-1 = Keep your buttocks and shoulders resting on the floor.
exercises-pelvic-tilt-cue-2 = Breathe steadily; there's no need to hold your breath.
exercises-pelvic-tilt-cue-3 = A tiny movement is all this needs.
exercises-pelvic-tilt-caution-1 = Stop if your pain rises above about 5 out of 10.
exercises-pelvic-tilt-caution-2 = Stop if pain spreads into your buttock or down your leg.
exercises-pelvic-tilt-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# glute-bridge
exercises-glute-bridge-purpose = Strengthens your buttocks and the back of your legs to support your spine.
exercises-glute-bridge-step-1 = Lie on your back with your knees bent, feet flat and arms by your sides.
exercises-glute-bridge-step-2 = Tighten your tummy a little, then squeeze your buttocks.
exercises-glute-bridge-step-3 = Lift your hips until your body makes a straight line from knees to shoulders.
exercises-glute-bridge-step-4 = Pause, then lower slowly, one part of your back at a time.
exercises-glute-bridge-cue-1 = Push through your heels rather than your toes.
exercises-glute-bridge-cue-2 = Stop lifting before your lower back starts to arch.
exercises-glute-bridge-cue-3 = Keep your shoulders and head relaxed on the floor.
exercises-glute-bridge-caution-1 = Stop if you feel a pinch in your lower back at the top.
exercises-glute-bridge-caution-2 = Stop if pain spreads down your leg.
exercises-glute-bridge-caution-3 = Stop if your pain rises above about 5 out of 10.

# bridge-march
exercises-bridge-march-purpose = Builds steady hips and a strong core by balancing on one leg at a time.
exercises-bridge-march-step-1 = Lie on your back with your knees bent, feet flat and arms by your sides.
exercises-bridge-march-step-2 = Lift your hips into a bridge, so your knees, hips and shoulders line up.
exercises-bridge-march-step-3 = Keep your hips level and lift one foot a few centimetres off the floor.
exercises-bridge-march-step-4 = Put it down, then lift the other foot. Each lift counts as one.
exercises-bridge-march-step-5 = After the last lift, lower your hips slowly to the floor.
exercises-bridge-march-cue-1 = Keep your hips from dipping or twisting as a foot lifts.
exercises-bridge-march-cue-2 = Press your arms lightly into the floor for balance.
exercises-bridge-march-cue-3 = Small, steady lifts are better than high, wobbly ones.
exercises-bridge-march-caution-1 = Stop if your lower back aches or cramps.
exercises-bridge-march-caution-2 = Stop if pain spreads down your leg.
exercises-bridge-march-caution-3 = Stop if your pain rises above about 5 out of 10.

# wall-plank
exercises-wall-plank-purpose = A gentle plank against a wall that builds core strength without getting on the floor.
exercises-wall-plank-step-1 = Stand facing a wall, about an arm's length away.
exercises-wall-plank-step-2 = Place your forearms on the wall at shoulder height.
exercises-wall-plank-step-3 = Step your feet back a little so your body leans in a straight line.
exercises-wall-plank-step-4 = Tighten your tummy gently and hold, breathing slowly.
exercises-wall-plank-step-5 = Walk your feet back in towards the wall to finish.
exercises-wall-plank-cue-1 = Keep your head, hips and heels in one line.
exercises-wall-plank-cue-2 = Don't let your hips sag forward or stick out behind you.
exercises-wall-plank-cue-3 = Step your feet further back to make it a little harder.
exercises-wall-plank-caution-1 = Stop if your lower back aches while you hold.
exercises-wall-plank-caution-2 = Stop if your shoulders hurt.
exercises-wall-plank-caution-3 = Stop if your pain rises above about 5 out of 10.

# knee-plank
exercises-knee-plank-purpose = Builds core strength in a shorter plank that is kinder to your back.
exercises-knee-plank-step-1 = Kneel on all fours, then lower onto your forearms, elbows under your shoulders.
exercises-knee-plank-step-2 = Walk your knees back a little so your hips are low.
exercises-knee-plank-step-3 = Tighten your tummy and lift until your body is straight from knees to shoulders.
exercises-knee-plank-step-4 = Hold, breathing slowly and steadily.
exercises-knee-plank-step-5 = Lower your hips and rest before the next hold.
exercises-knee-plank-cue-1 = Look at the floor just ahead of your hands to keep your neck long.
exercises-knee-plank-cue-2 = Don't let your hips sag towards the floor.
exercises-knee-plank-cue-3 = Pad your knees with a folded towel if they're sore.
exercises-knee-plank-caution-1 = Stop if your lower back sags or starts to ache.
exercises-knee-plank-caution-2 = Stop if pain spreads into your buttock or down your leg.
exercises-knee-plank-caution-3 = Stop if your pain rises above about 5 out of 10.

# forearm-plank
exercises-forearm-plank-purpose = A full plank for a strong, steady core once the gentler versions feel easy.
exercises-forearm-plank-step-1 = Lie face down with your forearms on the floor, elbows under your shoulders.
exercises-forearm-plank-step-2 = Tuck your toes under.
exercises-forearm-plank-step-3 = Tighten your tummy and lift so your body is straight from heels to shoulders.
exercises-forearm-plank-step-4 = Hold, breathing slowly.
exercises-forearm-plank-step-5 = Lower your knees, then the rest of you, to the floor to rest.
exercises-forearm-plank-cue-1 = Squeeze your buttocks a little to keep your hips level.
exercises-forearm-plank-cue-2 = Keep your neck long and your eyes on the floor.
exercises-forearm-plank-cue-3 = A short, steady hold is better than a long, shaky one.
exercises-forearm-plank-caution-1 = Stop if your lower back sags or starts to ache.
exercises-forearm-plank-caution-2 = Stop if pain spreads down your leg.
exercises-forearm-plank-caution-3 = Stop if your pain rises above about 5 out of 10.

# side-plank-knees
exercises-side-plank-knees-purpose = Strengthens the muscles along your sides that help steady your spine.
exercises-side-plank-knees-step-1 = Lie on your side with your knees bent behind you and your forearm under your shoulder.
exercises-side-plank-knees-step-2 = Stack your hips and shoulders so you face straight ahead.
exercises-side-plank-knees-step-3 = Lift your hips until your body is straight from knees to shoulders.
exercises-side-plank-knees-step-4 = Hold, breathing slowly, then lower your hips.
exercises-side-plank-knees-step-5 = Roll over and switch sides for the next hold.
exercises-side-plank-knees-cue-1 = Keep your elbow right under your shoulder.
exercises-side-plank-knees-cue-2 = Don't let your top hip roll forward or back.
exercises-side-plank-knees-cue-3 = Rest your top hand on your hip or on the floor in front of you.
exercises-side-plank-knees-caution-1 = Stop if your shoulder hurts.
exercises-side-plank-knees-caution-2 = Stop if pain spreads down your leg.
exercises-side-plank-knees-caution-3 = Stop if your pain rises above about 5 out of 10.

# side-plank
exercises-side-plank-purpose = A full side plank for strong, steady sides and hips.
exercises-side-plank-step-1 = Lie on your side with your legs straight and your forearm under your shoulder.
exercises-side-plank-step-2 = Stack your feet, or rest your top foot just in front of the bottom one.
exercises-side-plank-step-3 = Lift your hips until your body is straight from feet to shoulders.
exercises-side-plank-step-4 = Hold, breathing slowly, then lower your hips.
exercises-side-plank-step-5 = Roll over and switch sides for the next hold.
exercises-side-plank-cue-1 = Keep your elbow right under your shoulder.
exercises-side-plank-cue-2 = Push the floor away so you don't sink into your shoulder.
exercises-side-plank-cue-3 = Drop to the knee version if you start to shake a lot.
exercises-side-plank-caution-1 = Stop if your shoulder hurts.
exercises-side-plank-caution-2 = Stop if pain spreads down your leg.
exercises-side-plank-caution-3 = Stop if your pain rises above about 5 out of 10.

# clamshell
exercises-clamshell-purpose = Wakes up the muscles on the side of your hip that keep your pelvis steady.
exercises-clamshell-step-1 = Lie on your side with your knees bent and your feet together.
exercises-clamshell-step-2 = Rest your head on your lower arm or a cushion.
exercises-clamshell-step-3 = Keep your feet touching and slowly open your top knee like a shell.
exercises-clamshell-step-4 = Lower the knee slowly back down.
exercises-clamshell-step-5 = Do all the reps, then roll over and switch sides.
exercises-clamshell-cue-1 = Keep your hips stacked; don't roll back as the knee opens.
exercises-clamshell-cue-2 = Open only as far as you can without your pelvis moving.
exercises-clamshell-cue-3 = Move slowly in both directions.
exercises-clamshell-caution-1 = Stop if you feel a sharp pain in your hip.
exercises-clamshell-caution-2 = Stop if pain spreads down your leg.
exercises-clamshell-caution-3 = Stop if your pain rises above about 5 out of 10.

# side-leg-raise
exercises-side-leg-raise-purpose = Strengthens the side of your hip to support your back when you walk and stand.
exercises-side-leg-raise-step-1 = Lie on your side with both legs straight, resting your head on your lower arm.
exercises-side-leg-raise-step-2 = Bend your bottom knee a little if that helps you balance.
exercises-side-leg-raise-step-3 = Keep your top leg straight and lift it slowly, about a ruler's length.
exercises-side-leg-raise-step-4 = Lower it slowly back down.
exercises-side-leg-raise-step-5 = Do all the reps, then roll over and switch sides.
exercises-side-leg-raise-cue-1 = Lead with your heel and keep your toes pointing forward.
exercises-side-leg-raise-cue-2 = Keep your hips stacked; don't lean back.
exercises-side-leg-raise-cue-3 = Lift only as high as you can without tipping your pelvis.
exercises-side-leg-raise-caution-1 = Stop if you feel a sharp pain in your hip.
exercises-side-leg-raise-caution-2 = Stop if pain spreads down your leg.
exercises-side-leg-raise-caution-3 = Stop if your pain rises above about 5 out of 10.

# bird-dog-limb
exercises-bird-dog-limb-purpose = Teaches your back to stay steady while one arm or one leg moves.
exercises-bird-dog-limb-step-1 = Kneel on all fours, hands under your shoulders and knees under your hips.
exercises-bird-dog-limb-step-2 = Tighten your tummy gently so your back stays flat.
exercises-bird-dog-limb-step-3 = Slide one leg back and lift it to hip height, or reach one arm forward instead.
exercises-bird-dog-limb-step-4 = Hold for a breath, then bring it back.
exercises-bird-dog-limb-step-5 = Switch to the other side each time. Each reach counts as one.
exercises-bird-dog-limb-cue-1 = Keep your hips level, as if a cup of tea were resting on your back.
exercises-bird-dog-limb-cue-2 = Reach long rather than high.
exercises-bird-dog-limb-cue-3 = Start with arm reaches only if leg reaches feel wobbly.
exercises-bird-dog-limb-caution-1 = Stop if your lower back sags or pinches.
exercises-bird-dog-limb-caution-2 = Stop if your wrists or knees hurt.
exercises-bird-dog-limb-caution-3 = Stop if your pain rises above about 5 out of 10.

# bird-dog
exercises-bird-dog-purpose = Builds a steady back and core by reaching one arm and the opposite leg.
exercises-bird-dog-step-1 = Kneel on all fours, hands under your shoulders and knees under your hips.
exercises-bird-dog-step-2 = Tighten your tummy gently so your back stays flat.
exercises-bird-dog-step-3 = Reach one arm forward and the opposite leg back until both are level with your body.
exercises-bird-dog-step-4 = Hold for a slow breath, then bring them back down.
exercises-bird-dog-step-5 = Switch to the other arm and leg. Each reach counts as one.
exercises-bird-dog-cue-1 = Keep your hips and shoulders square to the floor.
exercises-bird-dog-cue-2 = Reach long through your fingers and your heel.
exercises-bird-dog-cue-3 = Move slowly, with no swinging.
exercises-bird-dog-caution-1 = Stop if your lower back sags or pinches.
exercises-bird-dog-caution-2 = Stop if pain spreads down your leg.
exercises-bird-dog-caution-3 = Stop if your pain rises above about 5 out of 10.

# heel-taps
exercises-heel-taps-purpose = A gentle core exercise that moves your legs while your back stays still.
exercises-heel-taps-step-1 = Lie on your back with your knees bent and feet flat.
exercises-heel-taps-step-2 = Lift one leg, then the other, so your knees are over your hips and your shins are level.
exercises-heel-taps-step-3 = Keep the knee bent and slowly lower one heel to tap the floor.
exercises-heel-taps-step-4 = Bring it back up, then tap with the other heel. Each tap counts as one.
exercises-heel-taps-step-5 = Lower your feet to the floor one at a time to rest.
exercises-heel-taps-cue-1 = Keep the small of your back lightly touching the floor.
exercises-heel-taps-cue-2 = Breathe out as your heel lowers.
exercises-heel-taps-cue-3 = Only lower as far as your back can stay still.
exercises-heel-taps-caution-1 = Stop if your lower back arches off the floor and aches.
exercises-heel-taps-caution-2 = Stop if pain spreads down your leg.
exercises-heel-taps-caution-3 = Stop if your pain rises above about 5 out of 10.

# dead-bug
exercises-dead-bug-purpose = Trains your core to keep your back steady while your arms and legs move.
exercises-dead-bug-step-1 = Lie on your back and point both arms at the ceiling.
exercises-dead-bug-step-2 = Lift your legs so your knees are over your hips and your shins are level.
exercises-dead-bug-step-3 = Slowly reach one arm overhead as the opposite leg straightens towards the floor.
exercises-dead-bug-step-4 = Bring them back to the start.
exercises-dead-bug-step-5 = Switch to the other arm and leg. Each reach counts as one.
exercises-dead-bug-cue-1 = Keep the small of your back lightly touching the floor.
exercises-dead-bug-cue-2 = Breathe out as you reach.
exercises-dead-bug-cue-3 = Keep the moving leg higher if your back starts to lift.
exercises-dead-bug-caution-1 = Stop if your lower back lifts off the floor and aches.
exercises-dead-bug-caution-2 = Stop if pain spreads down your leg.
exercises-dead-bug-caution-3 = Stop if your pain rises above about 5 out of 10.

# sit-to-stand
exercises-sit-to-stand-purpose = Strengthens your legs and hips for getting up and sitting down every day.
exercises-sit-to-stand-step-1 = Sit near the front of a sturdy chair, feet flat and hip-width apart.
exercises-sit-to-stand-step-2 = Cross your arms over your chest, or rest your hands on your thighs.
exercises-sit-to-stand-step-3 = Lean forward a little from your hips and stand up tall.
exercises-sit-to-stand-step-4 = Slowly lower yourself back down until you just touch the seat.
exercises-sit-to-stand-cue-1 = Push through your whole foot.
exercises-sit-to-stand-cue-2 = Keep your knees in line with your toes.
exercises-sit-to-stand-cue-3 = Use the chair arms for a little help if you need it.
exercises-sit-to-stand-caution-1 = Stop if you feel dizzy or unsteady.
exercises-sit-to-stand-caution-2 = Stop if pain spreads down your leg.
exercises-sit-to-stand-caution-3 = Stop if your pain rises above about 5 out of 10.

# wall-sit
exercises-wall-sit-purpose = Builds strong legs and buttocks while a wall supports your back.
exercises-wall-sit-step-1 = Stand with your back against a wall and your feet about a foot's length in front.
exercises-wall-sit-step-2 = Slowly slide down the wall, bending your knees, to a depth that feels fine.
exercises-wall-sit-step-3 = Keep your back on the wall and hold, breathing steadily.
exercises-wall-sit-step-4 = Slide back up the wall to stand and rest.
exercises-wall-sit-cue-1 = A shallow bend is fine; you don't need to go low.
exercises-wall-sit-cue-2 = Keep your knees over your ankles.
exercises-wall-sit-cue-3 = Let your lower back rest gently against the wall.
exercises-wall-sit-caution-1 = Stop if your knees hurt.
exercises-wall-sit-caution-2 = Stop if pain spreads down your leg.
exercises-wall-sit-caution-3 = Stop if your pain rises above about 5 out of 10.

# cat-cow
exercises-cat-cow-purpose = Moves your whole spine gently to ease stiffness.
exercises-cat-cow-step-1 = Kneel on all fours, hands under your shoulders and knees under your hips.
exercises-cat-cow-step-2 = Breathe out and round your back up towards the ceiling, letting your head drop.
exercises-cat-cow-step-3 = Breathe in and let your back dip gently as you lift your chest and eyes.
exercises-cat-cow-step-4 = Keep moving slowly between the two, in a range that feels easy.
exercises-cat-cow-cue-1 = Let your breathing set the pace.
exercises-cat-cow-cue-2 = Keep the dip gentle; there's no need to push to the end.
exercises-cat-cow-cue-3 = Put a folded towel under your knees if they're sore.
exercises-cat-cow-caution-1 = Stop if either direction makes your pain sharper.
exercises-cat-cow-caution-2 = Stop if pain spreads into your buttock or down your leg.
exercises-cat-cow-caution-3 = Stop if your wrists hurt; try the seated version instead.

# seated-cat-cow
exercises-seated-cat-cow-purpose = Loosens your back from a chair, handy at a desk or on a sore day.
exercises-seated-cat-cow-step-1 = Sit near the front of a sturdy chair with your feet flat and hands on your knees.
exercises-seated-cat-cow-step-2 = Breathe out, round your back and let your chin drop towards your chest.
exercises-seated-cat-cow-step-3 = Breathe in, lift your chest and gently draw your shoulders back.
exercises-seated-cat-cow-step-4 = Keep moving slowly between the two.
exercises-seated-cat-cow-cue-1 = Let your breathing set the pace.
exercises-seated-cat-cow-cue-2 = Keep your feet flat and your hips still.
exercises-seated-cat-cow-cue-3 = Small and smooth is plenty.
exercises-seated-cat-cow-caution-1 = Stop if either direction makes your pain sharper.
exercises-seated-cat-cow-caution-2 = Stop if pain spreads into your buttock or down your leg.
exercises-seated-cat-cow-caution-3 = Stop if your pain rises above about 5 out of 10.

# childs-pose
exercises-childs-pose-purpose = A resting stretch that lengthens your back and helps you breathe and relax.
exercises-childs-pose-step-1 = Start on all fours, hands under your shoulders and knees under your hips.
exercises-childs-pose-step-2 = Slowly sit your hips back towards your heels.
exercises-childs-pose-step-3 = Leave your arms long in front and rest your forehead on the floor or a cushion.
exercises-childs-pose-step-4 = Hold, breathing slowly into your back.
exercises-childs-pose-step-5 = Walk your hands back towards you and come up slowly.
exercises-childs-pose-cue-1 = Widen your knees if your tummy feels squashed.
exercises-childs-pose-cue-2 = Put a cushion between your heels and buttocks if you can't sit all the way back.
exercises-childs-pose-cue-3 = Let your shoulders and jaw go soft.
exercises-childs-pose-caution-1 = Stop if your knees hurt.
exercises-childs-pose-caution-2 = Stop if bending forward makes your back pain sharper.
exercises-childs-pose-caution-3 = Stop if pain spreads into your buttock or down your leg.

# knee-to-chest
exercises-knee-to-chest-purpose = Eases tension in your lower back and buttocks.
exercises-knee-to-chest-step-1 = Lie on your back with both knees bent and feet flat.
exercises-knee-to-chest-step-2 = Hold behind one knee and gently draw it towards your chest.
exercises-knee-to-chest-step-3 = Keep the other foot on the floor and your shoulders relaxed.
exercises-knee-to-chest-step-4 = Hold the stretch, breathing slowly, then lower it and switch to the other leg.
exercises-knee-to-chest-cue-1 = Hold behind your thigh rather than on top of your knee.
exercises-knee-to-chest-cue-2 = Keep your head and shoulders resting on the floor.
exercises-knee-to-chest-cue-3 = Breathe out as you draw the knee in.
exercises-knee-to-chest-caution-1 = Stop if your pain rises above about 5 out of 10.
exercises-knee-to-chest-caution-2 = Stop if pain spreads into your buttock or down your leg.
exercises-knee-to-chest-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# double-knee-to-chest
exercises-double-knee-to-chest-purpose = A deeper stretch for your lower back and buttocks, using both legs.
exercises-double-knee-to-chest-step-1 = Lie on your back with both knees bent and feet flat.
exercises-double-knee-to-chest-step-2 = Bring one knee up, then the other, and hold behind both knees.
exercises-double-knee-to-chest-step-3 = Gently draw both knees towards your chest until you feel an easy stretch.
exercises-double-knee-to-chest-step-4 = Hold, breathing slowly.
exercises-double-knee-to-chest-step-5 = Lower one foot to the floor, then the other.
exercises-double-knee-to-chest-cue-1 = Lift and lower your legs one at a time to spare your back.
exercises-double-knee-to-chest-cue-2 = Keep your head resting on the floor.
exercises-double-knee-to-chest-cue-3 = Let your lower back relax into the floor.
exercises-double-knee-to-chest-caution-1 = Stop if your pain rises above about 5 out of 10.
exercises-double-knee-to-chest-caution-2 = Stop if pain spreads into your buttock or down your leg.
exercises-double-knee-to-chest-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# trunk-rotation
exercises-trunk-rotation-purpose = Gently twists your lower back to loosen stiffness.
exercises-trunk-rotation-step-1 = Lie on your back with your knees bent and your feet flat and together.
exercises-trunk-rotation-step-2 = Rest your arms out to the sides.
exercises-trunk-rotation-step-3 = Keep your shoulders down and let both knees sway slowly to one side.
exercises-trunk-rotation-step-4 = Go only as far as feels easy, then bring your knees back to the middle.
exercises-trunk-rotation-step-5 = Sway to the other side. Each side counts as one.
exercises-trunk-rotation-cue-1 = Keep both shoulders resting on the floor.
exercises-trunk-rotation-cue-2 = Move slowly, like a pendulum.
exercises-trunk-rotation-cue-3 = Small swings are fine on a stiff day.
exercises-trunk-rotation-caution-1 = Stop if your pain rises above about 5 out of 10.
exercises-trunk-rotation-caution-2 = Stop if pain spreads into your buttock or down your leg.
exercises-trunk-rotation-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# open-book
exercises-open-book-purpose = Opens your chest and gently twists your back to ease stiffness.
exercises-open-book-step-1 = Lie on your side with your knees bent up in front and a cushion under your head.
exercises-open-book-step-2 = Stretch both arms out in front at shoulder height, palms together.
exercises-open-book-step-3 = Sweep your top arm up and over, opening your chest towards the ceiling.
exercises-open-book-step-4 = Let your head turn to follow your hand, then bring the arm back.
exercises-open-book-step-5 = Do all the reps, then roll over and switch sides.
exercises-open-book-cue-1 = Keep your knees together and resting on the floor.
exercises-open-book-cue-2 = Breathe out as you open.
exercises-open-book-cue-3 = Your arm doesn't need to reach the floor; go as far as feels easy.
exercises-open-book-caution-1 = Stop if your shoulder hurts.
exercises-open-book-caution-2 = Stop if your pain rises above about 5 out of 10.
exercises-open-book-caution-3 = Stop if pain spreads into your buttock or down your leg.

# figure-four
exercises-figure-four-purpose = Stretches deep in your buttock, which can ease tension around your lower back.
exercises-figure-four-step-1 = Lie on your back with your knees bent and feet flat.
exercises-figure-four-step-2 = Cross one ankle over the opposite knee.
exercises-figure-four-step-3 = Hold behind the thigh of the bottom leg with both hands.
exercises-figure-four-step-4 = Gently draw that thigh towards your chest until you feel a stretch in your buttock.
exercises-figure-four-step-5 = Hold, breathing slowly, then lower it and switch sides.
exercises-figure-four-cue-1 = Keep your head and shoulders resting on the floor.
exercises-figure-four-cue-2 = Loop a towel round your thigh if it's hard to reach.
exercises-figure-four-cue-3 = Keep the crossed foot flexed to protect your knee.
exercises-figure-four-caution-1 = Stop if your knee hurts.
exercises-figure-four-caution-2 = Stop if pain spreads down your leg.
exercises-figure-four-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# seated-figure-four
exercises-seated-figure-four-purpose = Stretches your buttock and hip from a chair.
exercises-seated-figure-four-step-1 = Sit near the front of a sturdy chair with your feet flat.
exercises-seated-figure-four-step-2 = Rest one ankle on the opposite knee.
exercises-seated-figure-four-step-3 = Sit tall, then lean forward slowly from your hips with a long back.
exercises-seated-figure-four-step-4 = Stop when you feel a stretch in your buttock and hold, breathing slowly.
exercises-seated-figure-four-step-5 = Sit up, then switch sides.
exercises-seated-figure-four-cue-1 = Lead with your chest, not your head.
exercises-seated-figure-four-cue-2 = Rest a hand lightly on the raised knee.
exercises-seated-figure-four-cue-3 = Keep the crossed foot flexed to protect your knee.
exercises-seated-figure-four-caution-1 = Stop if your knee hurts.
exercises-seated-figure-four-caution-2 = Stop if pain spreads down your leg.
exercises-seated-figure-four-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# hamstring-strap
exercises-hamstring-strap-purpose = Stretches the backs of your thighs, which can pull on your lower back when tight.
exercises-hamstring-strap-step-1 = Lie on your back with both knees bent and feet flat.
exercises-hamstring-strap-step-2 = Loop a strap, belt or towel around the sole of one foot.
exercises-hamstring-strap-step-3 = Straighten that leg up towards the ceiling, holding the strap with both hands.
exercises-hamstring-strap-step-4 = Stop when you feel a gentle stretch behind your thigh and hold.
exercises-hamstring-strap-step-5 = Lower the leg, then switch sides.
exercises-hamstring-strap-cue-1 = Keep the other foot flat on the floor.
exercises-hamstring-strap-cue-2 = A slight bend in the raised knee is fine.
exercises-hamstring-strap-cue-3 = Let your head and shoulders stay relaxed on the floor.
exercises-hamstring-strap-caution-1 = Stop if you feel tingling, or a pulling pain behind your knee or into your foot.
exercises-hamstring-strap-caution-2 = Stop if pain spreads down your leg.
exercises-hamstring-strap-caution-3 = Stop if your pain rises above about 5 out of 10.

# seated-hamstring
exercises-seated-hamstring-purpose = Stretches the backs of your thighs from a chair.
exercises-seated-hamstring-step-1 = Sit near the front of a sturdy chair.
exercises-seated-hamstring-step-2 = Straighten one leg in front of you, heel on the floor and toes pointing up.
exercises-seated-hamstring-step-3 = Keep your back long and lean forward from your hips until you feel a stretch.
exercises-seated-hamstring-step-4 = Hold, breathing slowly.
exercises-seated-hamstring-step-5 = Sit up, then switch legs.
exercises-seated-hamstring-cue-1 = Lead with your chest, not your head.
exercises-seated-hamstring-cue-2 = Keep the other foot flat on the floor.
exercises-seated-hamstring-cue-3 = Hold the seat of the chair if you feel wobbly.
exercises-seated-hamstring-caution-1 = Stop if you feel tingling, or a pulling pain behind your knee or into your foot.
exercises-seated-hamstring-caution-2 = Stop if pain spreads down your leg.
exercises-seated-hamstring-caution-3 = Stop if your pain rises above about 5 out of 10.

# hip-flexor-kneeling
exercises-hip-flexor-kneeling-purpose = Stretches the front of your hip, which gets tight with a lot of sitting.
exercises-hip-flexor-kneeling-step-1 = Kneel on one knee with the other foot flat in front, both knees at about a right angle.
exercises-hip-flexor-kneeling-step-2 = Put a folded towel or cushion under your back knee.
exercises-hip-flexor-kneeling-step-3 = Tuck your tailbone under a little and squeeze the buttock of the back leg.
exercises-hip-flexor-kneeling-step-4 = Shift your weight forward slowly until you feel a stretch at the front of the back hip.
exercises-hip-flexor-kneeling-step-5 = Hold, breathing slowly, then switch sides.
exercises-hip-flexor-kneeling-cue-1 = Stay tall; don't lean back or arch your back.
exercises-hip-flexor-kneeling-cue-2 = Hold a chair or wall if you need help with balance.
exercises-hip-flexor-kneeling-cue-3 = A small shift forward is enough.
exercises-hip-flexor-kneeling-caution-1 = Stop if your kneeling knee hurts, even with padding.
exercises-hip-flexor-kneeling-caution-2 = Stop if you feel a pinch in your lower back.
exercises-hip-flexor-kneeling-caution-3 = Stop if pain spreads down your leg.

# hip-flexor-standing
exercises-hip-flexor-standing-purpose = Stretches the front of your hip while you stand, with a chair for balance.
exercises-hip-flexor-standing-step-1 = Stand beside the back of a sturdy chair and rest one hand on it.
exercises-hip-flexor-standing-step-2 = Step one foot back into a long stride, both feet pointing forward.
exercises-hip-flexor-standing-step-3 = Tuck your tailbone under a little and squeeze the buttock of the back leg.
exercises-hip-flexor-standing-step-4 = Bend your front knee slowly until you feel a stretch at the front of the back hip.
exercises-hip-flexor-standing-step-5 = Hold, breathing slowly, then turn around and switch sides.
exercises-hip-flexor-standing-cue-1 = Stand tall; don't lean back or arch your back.
exercises-hip-flexor-standing-cue-2 = Let your back heel lift if that feels easier.
exercises-hip-flexor-standing-cue-3 = Keep your front knee over your ankle.
exercises-hip-flexor-standing-caution-1 = Stop if you feel a pinch in your lower back.
exercises-hip-flexor-standing-caution-2 = Stop if pain spreads down your leg.
exercises-hip-flexor-standing-caution-3 = Stop if your pain rises above about 5 out of 10.

# sphinx
exercises-sphinx-purpose = A gentle back bend resting on your elbows, which many sore backs find soothing.
exercises-sphinx-step-1 = Lie face down with your forehead resting on your hands.
exercises-sphinx-step-2 = Slide your elbows under your shoulders and prop yourself up on your forearms.
exercises-sphinx-step-3 = Let your hips and tummy stay relaxed on the floor.
exercises-sphinx-step-4 = Hold, breathing slowly, then lower yourself back down.
exercises-sphinx-cue-1 = Keep your shoulders down, away from your ears.
exercises-sphinx-cue-2 = Let your lower back relax; don't push.
exercises-sphinx-cue-3 = Come down straight away if it doesn't feel good.
exercises-sphinx-caution-1 = Stop if pain moves into your buttock or down your leg.
exercises-sphinx-caution-2 = Stop if the pain gets sharper as you hold.
exercises-sphinx-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# press-up
exercises-press-up-purpose = Gently bends your back backwards, which eases pain for some people.
exercises-press-up-step-1 = Lie face down with your hands flat on the floor under your shoulders.
exercises-press-up-step-2 = Let your hips and legs relax on the floor.
exercises-press-up-step-3 = Slowly straighten your arms to lift your chest, only as far as feels fine.
exercises-press-up-step-4 = Pause, then lower yourself slowly back down.
exercises-press-up-cue-1 = Let your arms do the work while your lower back stays loose.
exercises-press-up-cue-2 = Keep your hips on the floor.
exercises-press-up-cue-3 = Go a little higher each time only if it feels good.
exercises-press-up-caution-1 = Stop if pain moves into your buttock or down your leg.
exercises-press-up-caution-2 = Stop if the pain gets sharper with each rep.
exercises-press-up-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# standing-extension
exercises-standing-extension-purpose = A small back bend you can do anywhere, handy after a long spell of sitting.
exercises-standing-extension-step-1 = Stand tall with your feet hip-width apart.
exercises-standing-extension-step-2 = Place your hands on the back of your hips, fingers pointing down.
exercises-standing-extension-step-3 = Slowly lean backwards a little, letting your hands support you.
exercises-standing-extension-step-4 = Pause, then come back to upright.
exercises-standing-extension-cue-1 = Keep your knees straight and look ahead, not up.
exercises-standing-extension-cue-2 = A small lean is plenty.
exercises-standing-extension-cue-3 = Breathe out as you lean back.
exercises-standing-extension-caution-1 = Stop if pain moves into your buttock or down your leg.
exercises-standing-extension-caution-2 = Stop if you feel dizzy or unsteady.
exercises-standing-extension-caution-3 = Stop if the pain gets sharper with each lean.

# walking
exercises-walking-purpose = An easy walk gets your blood moving and is one of the kindest things for a sore back.
exercises-walking-step-1 = Start slowly for the first few minutes to let your body warm up.
exercises-walking-step-2 = Settle into an easy pace where you can still chat.
exercises-walking-step-3 = Stand tall, relax your shoulders and let your arms swing.
exercises-walking-step-4 = Slow down for the last couple of minutes to cool down.
exercises-walking-step-5 = When you're back, log how it went.
exercises-walking-cue-1 = Flat, even ground is easiest on a sore day.
exercises-walking-cue-2 = Two short walks are fine if one long one is too much.
exercises-walking-cue-3 = Comfortable, supportive shoes help.
exercises-walking-caution-1 = Stop if pain spreads down your leg as you walk.
exercises-walking-caution-2 = Stop if your pain rises above about 5 out of 10.
exercises-walking-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# cycling
exercises-cycling-purpose = Pedalling on an exercise bike builds fitness without jarring your back.
exercises-cycling-step-1 = Set the seat so your knee is only slightly bent at the bottom of each pedal stroke.
exercises-cycling-step-2 = Pedal slowly with little or no resistance for the first few minutes.
exercises-cycling-step-3 = Settle into an easy pace where you can still chat.
exercises-cycling-step-4 = Ease off for the last couple of minutes to cool down.
exercises-cycling-step-5 = When you're done, log how it went.
exercises-cycling-cue-1 = Sit tall rather than hunching over the handlebars.
exercises-cycling-cue-2 = Keep the resistance light.
exercises-cycling-cue-3 = A bike with a backrest can feel kinder on a sore day.
exercises-cycling-caution-1 = Stop if pain spreads down your leg as you pedal.
exercises-cycling-caution-2 = Stop if your pain rises above about 5 out of 10.
exercises-cycling-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# swimming
exercises-swimming-purpose = The water takes your weight, so you can move freely and build fitness.
exercises-swimming-step-1 = Warm up with a few minutes of slow swimming or walking in the shallow end.
exercises-swimming-step-2 = Swim at an easy pace where you could still chat at the end of a length.
exercises-swimming-step-3 = Pick a stroke that feels comfortable and rest at the wall whenever you like.
exercises-swimming-step-4 = Finish with a few slow, easy minutes to cool down.
exercises-swimming-step-5 = When you're back, log how it went.
exercises-swimming-cue-1 = Backstroke and front crawl keep your back in a natural line.
exercises-swimming-cue-2 = If breaststroke arches your back, switch stroke or use a float.
exercises-swimming-cue-3 = Rest as often as you need.
exercises-swimming-caution-1 = Stop if a stroke makes your pain sharper.
exercises-swimming-caution-2 = Stop if pain spreads down your leg.
exercises-swimming-caution-3 = Stop if you feel numbness or tingling in a leg or foot.

# water-aerobics
exercises-water-aerobics-purpose = Gentle exercise in the water, which takes load off your back as you move.
exercises-water-aerobics-step-1 = Stand in water between waist and chest deep.
exercises-water-aerobics-step-2 = Warm up by marching slowly on the spot for a few minutes.
exercises-water-aerobics-step-3 = Keep marching at an easy pace, knees lifting and arms swinging.
exercises-water-aerobics-step-4 = Add other gentle moves you enjoy, like side steps or walking forwards and back.
exercises-water-aerobics-step-5 = Slow down for the last few minutes to cool down.
exercises-water-aerobics-step-6 = When you're out, log how it went.
exercises-water-aerobics-cue-1 = A class is great company; go at your own pace.
exercises-water-aerobics-cue-2 = Skip any jumps or twists that don't feel right.
exercises-water-aerobics-cue-3 = You should be able to talk as you move.
exercises-water-aerobics-caution-1 = Stop if a move makes your pain sharper.
exercises-water-aerobics-caution-2 = Stop if pain spreads down your leg.
exercises-water-aerobics-caution-3 = Stop if you feel numbness or tingling in a leg or foot.
