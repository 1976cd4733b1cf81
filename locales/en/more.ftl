### English: Settings, your data (backups, import, storage problems), the first run.

## The Settings list

more-settings-title = Settings
more-settings-back = ‹ Settings
more-section-week = My week
more-section-session = During a session
more-section-display = Look and units
more-section-data = Your data
more-section-install = Add to home screen
more-section-about = About Limber
# Variables:
#   $days (String) - the exercise days, already listed ("Mon, Wed and Fri")
more-summary-exercise-days = Exercise { $days }
# Variables:
#   $count (Number) - sessions saved on this device
more-summary-data =
    { $count ->
        [0] Nothing saved yet
        [one] 1 session kept on this device
       *[other] { $count } sessions kept on this device
    }
more-summary-install = Opens full screen and works offline
more-summary-about = General guidance, not a diagnosis
more-about-guidance = Limber offers general exercise guidance for everyday low back pain. It can't diagnose anything. If your pain is severe, getting worse, or comes with numbness, weakness or trouble with your bladder or bowels, get medical help straight away.
more-about-private = Everything you record stays on this device. There is no account, and nothing is sent anywhere.
# Variables:
#   $version (String) - the app's version number, like 0.1.0
more-about-version = Version { $version }

## Choosing the language. Each language is listed by its own name ("Deutsch").

more-language = Language
more-language-phone = Follow my phone
# Variables:
#   $language (String) - the chosen language's own name ("Deutsch")
more-language-failed = { $language } couldn't be loaded just now. Check your connection and try again.

## The line under "During a session": which cues are on.

# Variables:
#   $cues (String) - which cues are on, one of the more-cues-… messages
#   $seconds (Number) - seconds to get ready before each exercise
more-cues-summary =
    { $cues }, { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } to get ready
more-cues-silent = Silent
more-cues-voice = Voice on
more-cues-sounds = Sounds on
more-cues-vibration = Vibration on
more-cues-voice-sounds = Voice and sounds on
more-cues-voice-vibration = Voice and vibration on
more-cues-sounds-vibration = Sounds and vibration on
more-cues-all = Voice, sounds and vibration on

## The line under "Look and units".

# Variables:
#   $colours (String) - system, light or dark
#   $size (String) - standard, large or largest
#   $units (String) - metric or imperial
more-display-summary =
    { $colours ->
        [light] Light
        [dark] Dark
       *[system] Device colours
    }, { $size ->
        [large] large text
        [largest] largest text
       *[standard] standard text
    }, { $units ->
        [imperial] miles and pounds
       *[metric] km and kg
    }

## During a session

more-voice = Voice
more-voice-hint = Says each exercise as it starts, and halfway through a long hold.
more-voice-says = What the voice says
more-count-reps = Count reps aloud
more-count-reps-hint = One number for each rep, at the exercise's pace.
more-count-down = Count down the last seconds
more-count-down-hint = "3, 2, 1" before a hold, a rest or getting ready ends.
more-say-next = Say what comes next
more-say-next-hint = During a rest, what follows it; while getting ready, how to get into position.
more-sounds = Sounds
more-sounds-hint = Short tones as steps start and end.
more-vibration = Vibration
more-vibration-hint = A buzz when a step changes, on phones that can.
more-voice-default = Device default
# Variables:
#   $name (String) - the voice's name, as the device calls it
#   $lang (String) - the voice's language code, like en-GB
more-voice-option = { $name } ({ $lang })
# What "Hear it" says, in the voice chosen.
more-voice-sample = Pelvic tilt. Ten times, slowly.
more-voice-hear = Hear it
# When the phone has no voice for the language the app is in.
more-voice-none = This device has no English voice yet; you can add one in your phone's settings, under text-to-speech or spoken content.
more-get-ready = Time to get ready before each exercise
# Variables:
#   $count (Number) - seconds
more-seconds =
    { $count ->
        [one] 1 second
       *[other] { $count } seconds
    }
more-rests = Rests between sets
more-rest-shorter = Shorter
more-rest-suggested = As suggested
more-rest-longer = Longer
more-screen-on = The screen stays on while a session runs, where your browser allows it.

## Look and units

more-colours = Colours
more-theme-system = Same as my device
more-theme-light = Light
more-theme-dark = Dark
more-text-size = Text size
more-size-standard = Standard
more-size-large = Large
more-size-largest = Largest
more-animations = Animations
more-motion-system = Same as my device
more-motion-reduce = Less motion
more-motion-full = Show animations
more-units = Units
more-units-metric = Kilometres and kilograms
more-units-imperial = Miles and pounds
more-weight-log = Keep a weight log
more-weight-log-hint = Adds a simple weight chart to Insights. A healthy weight takes load off your back. Off unless you turn it on.

## My week

more-week-days = Exercise and rest days
more-week-days-hint = Rest days keep your streak going. A walk or a swim is welcome on any day.
more-week-exercise = Exercise
more-week-rest = Rest
more-week-keep-one = Keep at least one exercise day in the week.
more-plan = My plan
more-plan-none = No plan yet. A few questions find your starting point.
more-plan-start = Get started
# Variables:
#   $stage (String) - the name of the stage the plan started at
more-plan-stage = Starting stage: { $stage }.
more-walking = Walking programme
more-walking-hint = A baseline week of comfortable walks, then about 10% more each week that goes to plan, up to 30 minutes on 5 days.
more-time-of-day = Time of day
more-redo = Answer the first questions again
more-redo-group = Answer again
more-redo-confirm = Your sessions are kept, and so is this plan until you save the new one. If you name different activities, the weekly check-ins start again.
more-redo-start = Start the questions
more-cancel = Cancel

## Add to home screen

more-install-why = It then opens full screen, like an app, and works without an internet connection.
more-install-backup-first = First, save a backup.
more-install-backup-why = On iPhone and iPad the home-screen app has its own storage and starts empty; open the backup there to bring your history with you.
more-install-download = Download a backup
more-install-button = Install Limber
more-install-ios = iPhone or iPad: in Safari, tap Share, then Add to Home Screen.
more-install-android = Android: open the browser menu, then Install app or Add to Home screen.

## Your data

more-backup-saved = Backup saved. Keep it somewhere safe, like your email or cloud storage.
more-backup-not-saved = Your browser wouldn't save the file.
# The title the phone's share sheet shows for the backup file.
more-backup-share-title = Limber backup
more-keep-title = Keep a copy
more-keep-private = Everything stays on this device, in this browser. There is no account and nothing is sent anywhere.
# Variables:
#   $count (Number) - sessions saved on this device
more-saved-count =
    { $count ->
        [0] No sessions are saved here yet.
        [one] 1 session is saved here.
       *[other] { $count } sessions are saved here.
    }
more-persist-kept = Your browser has agreed to keep this data even when space runs low.
more-persist-may-clear = Your browser may clear this data if space runs low or after weeks without use, so export a backup now and then.
more-persist-unknown = Browsers can clear site data after long disuse, so export a backup now and then.
more-export = Export backup
more-export-csv = Export CSV
more-import-title = Import a backup
more-import-hint = Open a backup saved from Limber, on this device or another one. You see what is in it before anything changes.
more-delete-title = Delete everything
more-delete-all = Delete all my data
more-delete-group = Confirm delete
# Variables:
#   $count (Number) - sessions on this device
more-delete-confirm =
    This deletes { $count ->
        [one] 1 session
       *[other] { $count } sessions
    } and their notes, your own routines and your weight log from this device. Your plan and settings stay. It can't be undone. Export a backup first if you might want them.
more-delete-yes = Yes, delete everything
more-delete-keep = Keep my data
# Variables:
#   $count (Number) - sessions deleted
more-deleted =
    Deleted { $count ->
        [one] 1 session
       *[other] { $count } sessions
    } from this device.
# Variables:
#   $problem (String) - what went wrong, in one or two sentences
more-delete-partly = Not everything was deleted. { $problem }

## Importing a backup

more-import-choose = Choose a backup file (.json)
more-import-preview = Import preview
# Variables:
#   $total (Number) - sessions in the file
#   $new (Number) - of them, sessions not on this device yet
#   $conflicts (Number) - of them, sessions here with the same id but different details
more-import-in-file =
    In the file: { $total ->
        [one] 1 session
       *[other] { $total } sessions
    }, { $new } new, { $conflicts ->
        [one] 1 conflict
       *[other] { $conflicts } conflicts
    }.
# Variables:
#   $more (String) - the other things in the file, listed (more-extras-… messages)
more-import-also = Also { $more }.
more-extras-plan = your plan
# Variables:
#   $count (Number) - weekly check-ins in the file
more-extras-checkins =
    { $count ->
        [one] 1 weekly check-in
       *[other] { $count } weekly check-ins
    }
# Variables:
#   $count (Number) - the person's own routines in the file
more-extras-routines =
    { $count ->
        [one] 1 routine of your own
       *[other] { $count } routines of your own
    }
# Variables:
#   $count (Number) - body-weight entries in the file
more-extras-weight =
    { $count ->
        [one] 1 weight entry
       *[other] { $count } weight entries
    }
# Variables:
#   $count (Number) - lessons of the course read
more-extras-course =
    { $count ->
        [one] 1 lesson read
       *[other] { $count } lessons read
    }
# Variables:
#   $count (Number) - calm sessions in the file
more-extras-calm =
    { $count ->
        [one] 1 calm session
       *[other] { $count } calm sessions
    }
# Variables:
#   $count (Number) - times "What holds you back" was answered, in the file
more-extras-checks =
    { $count ->
        [one] 1 answer to “What holds you back”
       *[other] { $count } answers to “What holds you back”
    }
# Variables:
#   $count (Number) - goals in the file
more-extras-goals =
    { $count ->
        [one] 1 goal
       *[other] { $count } goals
    }
more-extras-settings = your settings
more-import-conflicts = Conflicts are sessions with the same id but different details; adding keeps one version of each.
more-import-add = Add to my history
more-import-replace = Replace my history
# Variables:
#   $here (Number) - sessions on this device now
#   $total (Number) - sessions in the file
more-import-replace-confirm =
    This deletes the { $here ->
        [one] 1 session
       *[other] { $here } sessions
    } on this device and keeps only the { $total } from the file.
# Variables:
#   $more (String) - the other things in the file, listed (more-extras-… messages)
more-import-replace-also = It also replaces { $more } with the file's.
more-import-replace-yes = Yes, replace
# Variables:
#   $problem (String) - what wasn't saved and why, in one or two sentences
more-import-partly = Your sessions were imported, but not everything else was. { $problem } Try importing the file again.
# Variables:
#   $count (Number) - sessions in the file
more-import-replaced =
    Done: your history now holds the { $count ->
        [one] 1 session
       *[other] { $count } sessions
    } from the file.
# Variables:
#   $count (Number) - sessions added
more-import-added =
    Done: { $count ->
        [one] 1 new session
       *[other] { $count } new sessions
    } added.
# Variables:
#   $problem (String) - what went wrong, in one or two sentences
more-import-nothing-changed = Nothing was changed. { $problem }

## Why a file can't be imported. "Export backup" is the button's name (more-export).

more-import-wrong-type = That isn't a Limber backup. Choose the .json file you saved with "Export backup".
# Variables:
#   $size (Number) - the file's size in megabytes, with one decimal
more-import-too-big = That file is { $size } MB. Limber backups are much smaller, so it wasn't read.
more-import-truncated = That backup is incomplete, perhaps cut short while copying. Export it again and retry.
more-import-not-json = That file can't be read as a backup. Choose the .json file you saved with "Export backup".
more-import-not-backup = That file is not a Limber backup, so nothing was imported.
# Variables:
#   $schema (Number) - the file's format number
more-import-too-new = That backup comes from a newer version of Limber (format { $schema }). Reload the app to update it, then import again.
more-import-checksum = That backup was changed or damaged after it was saved, so it wasn't imported.
# Variables:
#   $number (Number) - the session's place in the file, from 1
#   $reason (String) - what is wrong with it (more-reason-… messages, or a technical note)
more-import-bad-record = Session { $number } in the file can't be read ({ $reason }), so nothing was imported.
# Variables:
#   $part (String) - which part: extras, plan, safety, checkins, routines or weight
#   $reason (String) - what is wrong with it (more-reason-… messages, or a technical note)
more-import-bad-part =
    { $part ->
        [plan] The plan in the file can't be read ({ $reason }), so nothing was imported.
        [safety] The warning-sign answers in the file can't be read ({ $reason }), so nothing was imported.
        [checkins] The weekly check-ins in the file can't be read ({ $reason }), so nothing was imported.
        [routines] Your own routines in the file can't be read ({ $reason }), so nothing was imported.
        [weight] The weight log in the file can't be read ({ $reason }), so nothing was imported.
       *[extras] The plan and settings in the file can't be read ({ $reason }), so nothing was imported.
    }
more-reason-answers = its answers are out of range
more-reason-date = a date is out of range
more-reason-date-rating = a date or rating is out of range
more-reason-routine = a routine is damaged or out of range
more-reason-impossible-date = its date is impossible
more-reason-too-long = it lasts more than a day
more-reason-id = its id is missing or too long
more-reason-note = its note is too long
more-reason-exercises = it lists too many exercises
more-reason-morning = its next-morning answer has an impossible date
more-reason-distance = its distance is impossible
more-reason-weight-many = it has too many weight entries
more-reason-weight-range = a weight entry is out of range

## Storage problems: saving

# Variables:
#   $what (String) - what wasn't saved: weight, routine or change
more-not-saved-unreadable =
    { $what ->
        [weight] Your weight couldn't be saved, because the stored copy couldn't be read. It was kept aside; try again.
        [routine] Your routine couldn't be saved, because the stored copy couldn't be read. It was kept aside; try again.
       *[change] The change couldn't be saved, because the stored copy couldn't be read. It was kept aside; try again.
    }
more-checkins-unreadable = Your earlier check-ins couldn't be read; they were kept aside. Try saving again.
more-plan-not-saved = Your plan couldn't be saved. It applies for now, but may be gone after a reload.

## Storage problems: reading what is stored

more-history-set-aside = Some of your saved history couldn't be read, so Limber has set it aside. Nothing was deleted.
more-history-too-new = Your history was saved by a newer version of Limber, open in another tab. Reload this page to update it. Nothing has been changed.
more-history-unreadable = Your saved history couldn't be read. It has been left exactly as it was, and new sessions won't be saved over it.
more-plan-unreadable = Your plan couldn't be read, so Limber will ask the first-run questions again. The old copy has been kept.
more-checkins-unreadable-start = Your weekly check-ins couldn't be read. The old copy has been kept, and new ones are saved from now on.
more-routines-unreadable = Your own routines couldn't be read. The old copy has been kept aside.
more-weight-unreadable = Your weight log couldn't be read. The old copy has been kept aside.
more-course-unreadable = What you've read of the course couldn't be read. The old copy has been kept aside.
# Variables:
#   $count (Number) - sessions brought back
more-recovered =
    { $count ->
        [one] An older copy of Limber, open in another tab, had set 1 session aside. It's back in your history now. Please reload any other Limber tabs.
       *[other] An older copy of Limber, open in another tab, had set { $count } sessions aside. They're back in your history now. Please reload any other Limber tabs.
    }

## The technical part of a storage problem, behind "Details", for anyone helping.

# Variables:
#   $reason (String) - what is wrong (more-load-… messages)
#   $key (String) - the storage key the data was kept under (not translated)
more-details-kept = Reason: { $reason }. Kept under the key "{ $key }".
# Variables:
#   $reason (String) - what is wrong (more-load-… messages)
more-details-reason = Reason: { $reason }.
# Variables:
#   $error (String) - the technical error (not translated)
more-load-not-json = the saved data is damaged or cut short ({ $error })
more-load-no-version = the saved data has no version number
# Variables:
#   $found (Number) - the format number found
#   $newest (Number) - the newest format this version reads
more-load-too-new = the saved data comes from a newer version of Limber (format { $found }, this version reads up to { $newest }); reload to update the app
# Variables:
#   $version (Number) - the format number found
more-load-unknown-version = the saved data uses format { $version }, which this version does not know
# Variables:
#   $error (String) - the technical error (not translated)
more-load-wrong-shape = the saved data is not in the expected shape ({ $error })

## Notes

# Variables:
#   $over (Number) - characters over the limit
#   $max (String) - the most characters a note may have, as digits
more-note-too-long =
    Your note is { $over ->
        [one] 1 character
       *[other] { $over } characters
    } too long. Please shorten it to { $max } characters or fewer to save it.
# Variables:
#   $count (Number) - characters typed
#   $max (String) - the most characters a note may have, as digits
more-note-count = { $count } of { $max } characters

## The first run

more-welcome-title = Welcome to Limber
more-welcome-lead = Short, guided routines to help a sore lower back move more easily, at a pace that suits you.
more-welcome-about = Limber gives general exercise guidance for everyday back pain. It isn't a diagnosis and doesn't replace a health professional. It keeps everything on this device.
more-welcome-questions = A few questions first. They take about a minute, and you can change every answer later.
more-welcome-start = Let's start
more-safety-title = First, a safety check
more-safety-intro = A few signs mean a sore back needs a doctor before any exercise.
more-next = Next
more-back = Back
more-where-title = Where you are now
more-pain-now = How bad is your back pain right now?
more-how-long = How long has it been going on?
more-how-much = How much are you moving these days?
more-answer-all = Answer all three to go on.
more-hard-title = What's hard at the moment?
more-hard-intro = Pick up to three everyday things your back makes hard. Limber asks about them again now and then, so you can see them get easier. You can skip this.
more-hard-common = Common ones
more-hard-other = Something else
more-hard-placeholder = e.g. getting out of the car
more-hard-add = Add
more-hard-remove = Remove
# The remove button's name for screen readers.
# Variables:
#   $name (String) - the activity, as the person named it
more-hard-remove-named = { $name }: Remove
more-hard-how-well = How well can you do it now?
more-when-title = When suits you?
more-when-intro = Pick the days you'd like to exercise. Three a week is a good start; rest days are part of the plan.
more-when-days = Exercise days
more-when-time = A time of day
more-welcome-walking-hint = Walking is one of the best ways to keep back pain from coming back. A baseline week finds your pace, then it builds to 30 minutes on 5 days.
more-make-plan = Make my plan
more-ready-title = Your plan is ready
more-your-days = Your days
more-first-routine = First routine
# Variables:
#   $routine (String) - the routine's name
#   $minutes (Number) - about how long it takes
more-first-routine-value = { $routine }, about { $minutes } min
more-walking-label = Walking
# Variables:
#   $minutes (Number) - the first walks' length
more-walk-start = { $minutes } minutes to start; it grows as your walks go well
more-if-it-hurts = If it hurts
more-ready-note = Each session adjusts the next to how it went. You can change any answer in Settings.
# Variables:
#   $minutes (Number) - about how long it takes
more-first-session = Do your first session now ({ $minutes } min)
more-go-today = Go to Today

## The sessions spreadsheet (CSV): its column headings

more-csv-date = date
more-csv-time = time
more-csv-routine = routine
more-csv-level = level
more-csv-minutes = minutes
more-csv-exercises-done = exercises done
more-csv-exercises-planned = exercises planned
more-csv-skipped = skipped
more-csv-easier = easier version
more-csv-pain-before = pain before
more-csv-pain-after = pain after
more-csv-felt = felt
more-csv-note = note
more-csv-distance = distance (km)
more-csv-next-morning = next morning
more-csv-pain-next-morning = pain next morning

## The course and calm as CSV (column headings and values in lower case, like the sessions')

more-export-course-csv = Export the course and calm (CSV)
more-csv-kind = kind
more-csv-kind-lesson = lesson
more-csv-kind-calm = calm
# A row for one answer to "What holds you back" (its answers in the answer column).
more-csv-kind-check = what holds you back
# A row for a goal of the person's own.
more-csv-kind-goal = goal
# A row for how a goal's weekly plan went.
more-csv-kind-review = weekly plan
# A row for a week's walking plan.
more-csv-kind-walk-plan = walk plan
more-csv-title = title
more-csv-answer = answer
