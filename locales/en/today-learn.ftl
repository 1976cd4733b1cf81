### Words from the learn area that Today shows too, so they come with the first screen.

# why-movement
learn-why-movement-title = Why moving helps your back
# hurt-vs-harm
learn-hurt-vs-harm-title = Hurt is not the same as harm
# next-morning
learn-next-morning-title = The next morning tells you most
# pacing
learn-pacing-title = Start slowly, build gradually
# why-walking
learn-why-walking-title = Why walking
# flare-up-plan
learn-flare-up-plan-title = Your flare-up plan
# see-a-professional
learn-see-a-professional-title = When to see a professional
# low-impact-cardio
learn-low-impact-cardio-title = Gentle cardio for your back
# core-strength
learn-core-strength-title = A stronger core supports your back
# stretch-gently
learn-stretch-gently-title = Stretch gently
# stay-consistent
learn-stay-consistent-title = A little, often
# healthy-weight
learn-healthy-weight-title = Weight and your back
# keep-active
learn-keep-active-title = Keep up your everyday life
