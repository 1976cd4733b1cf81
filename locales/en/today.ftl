### English: Today as a first visit sees it, and the frame around every screen (the bottom bar,
### banners, loading and its failures, storage problems). Built into the app: everything here is on
### screen before any other file is fetched, so only what the first screen's own code says belongs
### here (the build checks it; Today's parts that need a plan speak from plan.ftl).

## The bottom bar. Each label must be short (about 10 characters at most).
today-nav-label = Main
today-nav-today = Today
today-nav-routines = Routines
today-nav-history = History
today-nav-learn = Learn
today-nav-settings = Settings

## Loading a screen, and when it can't be loaded.
today-loading = Loading…
today-try-again = Try again
today-piece-failed = This part of the screen couldn't be loaded.
today-screen-failed-title = Couldn't load this screen
today-screen-failed-text = Limber couldn't fetch this part of the app. Check your connection, then try again. Your history and settings are safe on this device.
today-open-failed-title = Couldn't open your data
today-open-failed-text = Limber couldn't fetch the part of the app that reads what's saved on this device. Your history and settings are safe here. Check your connection, then try again.

## A storage problem, at the top of every screen.
today-problem-details = Details
today-problem-download = Download it
today-problem-dismiss = Dismiss

## A new version of the app.
today-update-ready = Update ready: a new version of Limber is here.
today-update-reload = Reload

## An address the app doesn't know.
today-not-found-title = Page not found
today-not-found-text = There's nothing at this address. It may be an old link.
today-not-found-home = Go to Today

## The Today screen.
today-title = Today
today-resume-nearly-saved = Nearly saved
today-resume-not-finished = Not finished yet
# Variables:
#   $name (String) - the routine's name
today-resume-finished = You finished { $name }: two quick questions and it's saved.
# Variables:
#   $name (String) - the routine's name
today-resume-unfinished = You have an unfinished session: { $name }. Pick up where you left off.
today-resume-finish-button = Finish saving it
today-resume-continue-button = Continue
today-restore-title = Used Limber before?
today-restore-text = This home-screen Limber keeps its own storage, so it starts empty. Anything you did in your browser is still there, safe.
today-restore-how = To bring it over, save a backup in the browser (Settings, Your data), then open it here:
today-restore-new = I'm new here, start fresh
today-restore-welcome-back = Welcome back: your history is here.
today-intro-eyebrow = Welcome
today-intro-title = Find your starting point
today-intro-why = Gentle, regular movement is one of the best things you can do for a sore back. A few questions, about a minute, find where to start and a weekly plan.
today-intro-button = Get started
today-also-label = Also today
# Variables:
#   $name (String) - a routine's name
today-try-now = Or try { $name } now
today-try-now-note = Slow and gentle, and you can stop any time.
today-start = Start
today-more-label = More
today-no-sessions = No sessions yet. Your first one is a few minutes away.
# Variables:
#   $name (String) - the routine's name
#   $date (Date) - the day of the session, with its year
#   $total (Number) - exercises in the session, all of them done
today-last-session-all = Last session: { $name } on { $date }, { $total ->
    [one] { $total } exercise
   *[other] { $total } exercises
} done.
# Variables:
#   $name (String) - the routine's name
#   $date (Date) - the day of the session, with its year
#   $done (Number) - exercises done
#   $total (Number) - exercises in the session
today-last-session-part = Last session: { $name } on { $date }, { $done } of { $total ->
    [one] { $total } exercise
   *[other] { $total } exercises
} done.
# Variables:
#   $kind (String) - what was logged: "walk", "swim", "ride" or "water-aerobics"
#   $date (Date) - the day it was logged for, with its year
#   $minutes (Number) - how long, in whole minutes
today-last-logged = Last logged: { $kind ->
    [walk] Walk
    [swim] Swim
    [ride] Bike ride
   *[water-aerobics] Water aerobics
} on { $date }, { $minutes } min.
# Variables:
#   $kind (String) - what was logged: "walk", "swim", "ride" or "water-aerobics"
#   $date (Date) - the day it was logged for, with its year
#   $minutes (Number) - how long, in whole minutes
#   $distance (Number) - how far, with one decimal
today-last-logged-km = Last logged: { $kind ->
    [walk] Walk
    [swim] Swim
    [ride] Bike ride
   *[water-aerobics] Water aerobics
} on { $date }, { $minutes } min · { $distance } km.
# Variables:
#   $kind (String) - what was logged: "walk", "swim", "ride" or "water-aerobics"
#   $date (Date) - the day it was logged for, with its year
#   $minutes (Number) - how long, in whole minutes
#   $distance (Number) - how far, with one decimal
today-last-logged-mi = Last logged: { $kind ->
    [walk] Walk
    [swim] Swim
    [ride] Bike ride
   *[water-aerobics] Water aerobics
} on { $date }, { $minutes } min · { $distance } mi.
today-learn-eyebrow = Learn
today-lesson-next = Today's lesson
today-lesson-flare = For your flare-up
today-lesson-read = Read today: the next lesson opens tomorrow
today-lesson-finished = You've read the whole course
today-disclaimer = Limber gives general guidance, not a diagnosis. If something feels wrong, stop and check with a health professional.

## Storage problems: saving
more-store-unavailable = This browser is not letting Limber save anything, so sessions will be lost when you close the page. Check that site data is allowed.
more-store-full = Your browser's storage for Limber is full, so this could not be saved.
# Variables:
#   $error (String) - the browser's own words for the problem (technical, not translated)
more-store-other = The browser could not save ({ $error }).
# Variables:
#   $what (String) - what wasn't saved: weight, routine, settings, checkin, weight-log, routines, checkins or change
#   $reason (String) - why, in a sentence (more-store-… messages)
more-not-saved =
    { $what ->
        [weight] Your weight couldn't be saved.
        [routine] Your routine couldn't be saved.
        [settings] Your settings couldn't be saved.
        [checkin] Your check-in couldn't be saved.
        [weight-log] Your weight log couldn't be saved.
        [routines] Your routines couldn't be saved.
        [checkins] Your check-ins couldn't be saved.
       *[change] The change couldn't be saved.
    } { $reason }
