### Words from the learn area that Today shows too, so they come with the first screen.

# why-movement
learn-why-movement-title = Pourquoi bouger aide votre dos
# hurt-vs-harm
learn-hurt-vs-harm-title = Avoir mal, ce n’est pas se faire du mal
# next-morning
learn-next-morning-title = C’est le lendemain matin qui compte
# pacing
learn-pacing-title = Commencer doucement, progresser peu à peu
# why-walking
learn-why-walking-title = Pourquoi la marche
# flare-up-plan
learn-flare-up-plan-title = Votre plan en cas de crise
# see-a-professional
learn-see-a-professional-title = Quand consulter un professionnel
# low-impact-cardio
learn-low-impact-cardio-title = Du cardio doux pour votre dos
# core-strength
learn-core-strength-title = Une sangle abdominale forte soutient le dos
# stretch-gently
learn-stretch-gently-title = Étirez-vous en douceur
# stay-consistent
learn-stay-consistent-title = Un peu, mais souvent
# healthy-weight
learn-healthy-weight-title = Le poids et votre dos
# keep-active
learn-keep-active-title = Continuez votre vie de tous les jours
