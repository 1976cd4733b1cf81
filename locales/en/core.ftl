### English. The source every other language is checked against.
### Dates: each language's order and punctuation, and its names of days and months.

# Variables:
#   $weekday (String) - the day's short name
#   $day (Number) - the day of the month
#   $month (String) - the month's short name
date-long = { $weekday } { $day } { $month }
# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the month's short name
date-short = { $day } { $month }
# Variables:
#   $weekday (String) - the day's name
#   $day (Number) - the day of the month
#   $month (String) - the month's name
#   $year (Number) - the year
date-full = { $weekday } { $day } { $month } { $year }
# Variables:
#   $weekday (String) - the day's name
date-weekday = { $weekday }
# Variables:
#   $weekday (String) - the day's short name
#   $day (Number) - the day of the month
#   $month (String) - the month's short name
#   $year (Number) - the year
date-long-year = { $weekday } { $day } { $month } { $year }
# Variables:
#   $day (Number) - the day of the month
#   $month (String) - the month's short name
#   $year (Number) - the year
date-short-year = { $day } { $month } { $year }

## Monday is 1.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

# Variables:
#   $text (String) - words the person wrote themselves, shown as they are
plain = { $text }

## Lists ("a, b and c"), built from the end: the last two, then each one before them.
# Variables:
#   $first (String) - the next to last item
#   $last (String) - the last item
list-end = { $first } and { $last }
# Variables:
#   $first (String) - an item
#   $rest (String) - the items after it, already listed
list-middle = { $first }, { $rest }

## Exercise names (in lists, headings and spoken cues).
exercise-pelvic-tilt = Pelvic tilt
exercise-glute-bridge = Glute bridge
exercise-bridge-march = Marching bridge
exercise-wall-plank = Wall plank
exercise-knee-plank = Plank from your knees
exercise-forearm-plank = Forearm plank
exercise-side-plank-knees = Side plank from your knees
exercise-side-plank = Side plank
exercise-clamshell = Clamshell
exercise-side-leg-raise = Side-lying leg raise
exercise-bird-dog-limb = Arm or leg reach
exercise-bird-dog = Bird dog
exercise-heel-taps = Heel taps
exercise-dead-bug = Dead bug
exercise-sit-to-stand = Sit to stand
exercise-wall-sit = Wall sit
exercise-cat-cow = Cat-cow
exercise-seated-cat-cow = Seated cat-cow
exercise-childs-pose = Child's pose
exercise-knee-to-chest = Knee-to-chest stretch
exercise-double-knee-to-chest = Double knee-to-chest
exercise-trunk-rotation = Lower trunk rotation
exercise-open-book = Open book
exercise-figure-four = Figure-4 stretch
exercise-seated-figure-four = Seated figure-4 stretch
exercise-hamstring-strap = Hamstring stretch with a strap
exercise-seated-hamstring = Seated hamstring stretch
exercise-hip-flexor-kneeling = Half-kneeling hip flexor stretch
exercise-hip-flexor-standing = Standing hip flexor stretch
exercise-sphinx = Resting on your elbows
exercise-press-up = Prone press-up
exercise-standing-extension = Standing back bend
exercise-walking = Walking
exercise-cycling = Stationary cycling
exercise-swimming = Swimming
exercise-water-aerobics = Water aerobics

## Routine names.
routine-gentle-start = Gentle start
routine-flare-up-relief = Flare-up relief
routine-no-floor-needed = No floor needed
routine-morning-mobility = Morning mobility
routine-core-basics = Core basics
routine-hips-and-hamstrings = Hips and hamstrings
routine-evening-wind-down = Evening wind-down
routine-core-builder = Core builder
routine-desk-break = Desk break
routine-full-maintenance = Full maintenance
routine-easy-walk = Easy walk
routine-stationary-cycle = Stationary cycle
routine-swim = Swim
routine-water-workout = Water workout

records-kind-walk = Walk
records-kind-swim = Swim
records-kind-ride = Bike ride
records-kind-water-aerobics = Water aerobics
