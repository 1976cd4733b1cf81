### Words from the learn area that Today shows too, so they come with the first screen.

# why-movement
learn-why-movement-title = Por qué moverte ayuda a tu espalda
# hurt-vs-harm
learn-hurt-vs-harm-title = Que duela no significa que dañe
# next-morning
learn-next-morning-title = Lo que dice la mañana siguiente
# pacing
learn-pacing-title = Empieza despacio, avanza poco a poco
# why-walking
learn-why-walking-title = Por qué caminar
# flare-up-plan
learn-flare-up-plan-title = Tu plan para las crisis
# see-a-professional
learn-see-a-professional-title = Cuándo consultar a un profesional
# low-impact-cardio
learn-low-impact-cardio-title = Cardio suave para tu espalda
# core-strength
learn-core-strength-title = Una zona media fuerte sostiene tu espalda
# stretch-gently
learn-stretch-gently-title = Estira con suavidad
# stay-consistent
learn-stay-consistent-title = Poco y a menudo
# healthy-weight
learn-healthy-weight-title = El peso y tu espalda
# keep-active
learn-keep-active-title = Sigue con tu vida diaria
