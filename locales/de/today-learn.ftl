### Words from the learn area that Today shows too, so they come with the first screen.

# why-movement
learn-why-movement-title = Warum Bewegung deinem Rücken hilft
# hurt-vs-harm
learn-hurt-vs-harm-title = Schmerz heißt nicht Schaden
# next-morning
learn-next-morning-title = Der nächste Morgen sagt am meisten
# pacing
learn-pacing-title = Langsam anfangen, nach und nach steigern
# why-walking
learn-why-walking-title = Warum Gehen
# flare-up-plan
learn-flare-up-plan-title = Dein Plan für einen Schub
# see-a-professional
learn-see-a-professional-title = Wann du dich untersuchen lassen solltest
# low-impact-cardio
learn-low-impact-cardio-title = Sanfte Ausdauer für deinen Rücken
# core-strength
learn-core-strength-title = Ein starker Rumpf stützt deinen Rücken
# stretch-gently
learn-stretch-gently-title = Sanft dehnen
# stay-consistent
learn-stay-consistent-title = Oft ein bisschen
# healthy-weight
learn-healthy-weight-title = Gewicht und dein Rücken
# keep-active
learn-keep-active-title = Dein Alltag geht weiter
