### Français. Le bilan pour le kinésithérapeute, et Insights avec ses graphiques.
### Le bilan est lu par un professionnel : il parle de « la personne », pas de « vous ».

report-date = { $date }
report-range = du { $from } au { $to }

report-title = Bilan d’exercice
report-from-limber = De Limber : exercices généraux d’autosoin pour le mal de dos (lombalgie).
report-field-from = Du
report-field-to = Au
report-include-notes = Inclure mes notes
report-include-weight = Inclure mon poids
report-print = Imprimer ou enregistrer en PDF
report-pdf-hint = Pour un PDF, choisissez Imprimer, puis « Enregistrer au format PDF » comme imprimante.
report-header = Saisi par la personne elle-même · du { $from } au { $to }
report-no-sessions-yet = Aucune séance enregistrée pour l’instant.
report-no-sessions-in-dates = Aucune séance à ces dates.
report-sessions-from-to = { $count ->
    [one] { $count } séance du { $first } au { $last }.
    [many] { $count } séances du { $first } au { $last }.
   *[other] { $count } séances du { $first } au { $last }.
}
report-logged = { $count ->
    [one] Dont { $count } marche, nage ou sortie à vélo saisie à la main.
    [many] Dont { $count } marches, nages ou sorties à vélo saisies à la main.
   *[other] Dont { $count } marches, nages ou sorties à vélo saisies à la main.
}
report-every-session = Toutes les séances
report-column-date = Date
report-column-routine = Programme
report-column-time = Durée
report-column-next-morning = Le lendemain matin
report-column-skipped = Sautés
report-column-eased = Allégés
report-logged-activity = { $routine } (saisi)
report-logged-distance = { $routine } (saisi, { $distance })
report-code-label = Code QR qui ouvre { $routine } dans Limber
report-codes-hint = À scanner avec l’appareil photo d’un téléphone pour ouvrir le programme dans Limber.

report-section-started = Au départ et aujourd’hui
report-section-activities = Ses propres activités
report-section-adherence = Séances par rapport au plan
report-section-pain = La douleur et le lendemain matin
report-section-flares = Crises et signes d’alerte
report-section-programme = Le programme actuel
report-section-notes = Notes

report-start-pain = Au départ ({ $date }), la douleur était de { $pain } sur 10.
report-start-history = Depuis combien de temps : { $duration ->
    [under-six-weeks] moins de 6 semaines
    [keeps-coming-back] elle revient sans cesse
   *[longer] plus de 6 semaines
}. Niveau d’activité : { $activity ->
    [little] presque rien en ce moment
    [active] actif la plupart des jours
   *[some] un peu de marche et les tâches du quotidien
}.
report-start-unanswered = Les questions de départ n’ont pas été remplies sur cet appareil.
report-latest-check-in = Dernière valeur : douleur { $pain } sur 10 (au point hebdomadaire du { $date }).
report-latest-session = Dernière valeur : douleur { $pain } sur 10 (avant une séance le { $date }).
report-change-lower = { $points ->
    [one] C’est { $points } point de moins qu’au départ.
    [many] C’est { $points } points de moins qu’au départ.
   *[other] C’est { $points } points de moins qu’au départ.
}
report-change-higher = { $points ->
    [one] C’est { $points } point de plus qu’au départ.
    [many] C’est { $points } points de plus qu’au départ.
   *[other] C’est { $points } points de plus qu’au départ.
}
report-change-same = C’est la même valeur qu’au départ.
report-no-pain = Aucune valeur de douleur enregistrée depuis le départ.
report-weight = Poids : { $trend }
report-weight-too-few = Poids : pas assez de mesures sur cette période pour une tendance.

report-activities-none = Aucune activité du quotidien n’a été indiquée au départ.
report-activities-scale-only = Notées de 0 (impossible) à 10 (aucune difficulté) au départ ; aucun point hebdomadaire depuis.
report-activities-scale = { $count ->
    [one] Notées de 0 (impossible) à 10 (aucune difficulté) au départ et lors de { $count } point hebdomadaire.
    [many] Notées de 0 (impossible) à 10 (aucune difficulté) au départ et lors de { $count } points hebdomadaires.
   *[other] Notées de 0 (impossible) à 10 (aucune difficulté) au départ et lors de { $count } points hebdomadaires.
}
report-activity-change = { $how ->
    [easier] { $name } : { $first } au départ, { $latest } le { $date } (plus facile).
    [harder] { $name } : { $first } au départ, { $latest } le { $date } (plus difficile).
   *[same] { $name } : { $first } au départ, { $latest } le { $date } (à peu près pareil).
}
report-activity-not-again = { $name } : { $first } au départ ; pas renotée depuis.
report-activity-not-rated = { $name } : non notée.
report-change-chart-at-start = Au départ
report-change-chart-latest = Dernière note
report-change-chart-activity = Activité
report-change-chart-rating = Note

report-column-week = Semaine du
report-column-sessions = Séances faites / prévues
report-column-walking = Minutes de marche / objectif
report-week = { $date }
report-week-so-far = { $date } (en cours)
report-cell-sessions = { $done } / { $planned }
report-cell-sessions-unplanned = { $done } / –
report-cell-walking = { $walked } / { $target } min
report-cell-walked = { $walked } min
report-cell-none = –

report-no-plan = Aucun plan n’a été créé, donc rien n’était prévu : { $sessions ->
    [one] { $sessions } séance faite
    [many] { $sessions } séances faites
   *[other] { $sessions } séances faites
} sur { $weeks ->
    [one] { $weeks } semaine
    [many] { $weeks } semaines
   *[other] { $weeks } semaines
}.
report-nothing-planned = { $done ->
    [one] Rien n’était prévu dans les semaines déjà écoulées : { $done } séance faite.
    [many] Rien n’était prévu dans les semaines déjà écoulées : { $done } séances faites.
   *[other] Rien n’était prévu dans les semaines déjà écoulées : { $done } séances faites.
}
report-adherence = Sur { $weeks ->
    [one] la { $weeks } semaine déjà écoulée
    [many] les { $weeks } semaines déjà écoulées
   *[other] les { $weeks } semaines déjà écoulées
} : { $done ->
    [one] { $done } séance faite
    [many] { $done } séances faites
   *[other] { $done } séances faites
}, pour { $planned ->
    [one] { $planned } séance prévue
    [many] { $planned } séances prévues
   *[other] { $planned } séances prévues
} ({ $percent } %).
report-cardio = { $count ->
    [one] En plus : { $count } marche, nage ou sortie à vélo.
    [many] En plus : { $count } marches, nages ou sorties à vélo.
   *[other] En plus : { $count } marches, nages ou sorties à vélo.
}
report-walking-baseline-week = Programme de marche : semaine de référence, pour trouver une durée confortable de départ.
report-walking-over = Marche, sur les semaines déjà écoulées : { $walked ->
    [one] { $walked } minute marchée
    [many] { $walked } minutes marchées
   *[other] { $walked } minutes marchées
}, pour un objectif de { $target ->
    [one] { $target } minute
    [many] { $target } minutes
   *[other] { $target } minutes
} ({ $weeks ->
    [one] { $weeks } semaine
    [many] { $weeks } semaines
   *[other] { $weeks } semaines
}).

report-eased-nothing = Rien n’a été allégé ni sauté sur cette période, et chaque jour prévu jusqu’ici a eu sa séance.
report-eased-intro = Allégé ou sauté sur cette période :
report-eased-level = { $count ->
    [one] { $routine } : fait à un niveau plus facile { $count } fois.
    [many] { $routine } : fait à un niveau plus facile { $count } fois.
   *[other] { $routine } : fait à un niveau plus facile { $count } fois.
}
report-eased-exercise = { $count ->
    [one] { $exercise } : sauté ou allégé { $count } fois.
    [many] { $exercise } : sauté ou allégé { $count } fois.
   *[other] { $exercise } : sauté ou allégé { $count } fois.
}
report-eased-early = { $count ->
    [one] Arrêtée avant la fin : { $count } séance.
    [many] Arrêtées avant la fin : { $count } séances.
   *[other] Arrêtées avant la fin : { $count } séances.
}
report-eased-missed = Jours prévus sans séance : { $days }.

report-pain-average = { $count ->
    [one] Douleur moyenne avant une séance : { $before } sur 10 ; juste après : { $after } (sur { $count } séance avec les deux réponses).
    [many] Douleur moyenne avant une séance : { $before } sur 10 ; juste après : { $after } (sur { $count } séances avec les deux réponses).
   *[other] Douleur moyenne avant une séance : { $before } sur 10 ; juste après : { $after } (sur { $count } séances avec les deux réponses).
}
report-pain-no-pairs = Aucune séance de cette période n’a de douleur notée à la fois avant et après.
report-pain-hurts = { $count ->
    [one] « Ça fait mal » a été utilisé pendant { $count } séance ; la douleur la plus forte indiquée était de { $pain } sur 10 ({ $exercise }, { $date }).
    [many] « Ça fait mal » a été utilisé pendant { $count } séances ; la douleur la plus forte indiquée était de { $pain } sur 10 ({ $exercise }, { $date }).
   *[other] « Ça fait mal » a été utilisé pendant { $count } séances ; la douleur la plus forte indiquée était de { $pain } sur 10 ({ $exercise }, { $date }).
}
report-pain-hurts-unused = « Ça fait mal » n’a été utilisé pendant aucune séance de cette période.
report-morning-none = Aucune réponse du lendemain matin sur cette période.
report-morning = { $total ->
    [one] Le lendemain matin, par rapport à avant la séance : { $better } mieux, { $same } à peu près pareil, { $worse } moins bien ({ $total } réponse).
    [many] Le lendemain matin, par rapport à avant la séance : { $better } mieux, { $same } à peu près pareil, { $worse } moins bien ({ $total } réponses).
   *[other] Le lendemain matin, par rapport à avant la séance : { $better } mieux, { $same } à peu près pareil, { $worse } moins bien ({ $total } réponses).
}

report-flares-none = Aucune séance de cette période n’a compté comme une crise.
report-flares-count = Crises après une séance : { $count } (douleur après supérieure de plus de 2 points à la douleur avant, ou de 8 et plus ; séance jugée trop difficile ; ou moins bien le lendemain matin).
report-flare-reason-morning-said = c’était moins bien le lendemain matin, avec une douleur à { $pain }, contre { $before } avant
report-flare-reason-morning-pain = la douleur était à { $pain } le lendemain matin, contre { $before } avant
report-flare-reason-morning = c’était moins bien le lendemain matin
report-flare-reason-rose = la douleur est passée de { $before } à { $after }
report-flare-reason-reached = la douleur a atteint { $after }
report-flare-reason-too-hard = la séance a paru trop difficile
report-flare = { $date }, { $routine } : { $reason }.
report-flare-stepped = { $date }, { $routine } : { $reason } ; la fois suivante, il a été fait au niveau { $level ->
    [easiest] le plus facile
    [easier] plus facile
    [harder] plus difficile
   *[standard] standard
}.
report-flare-plan-on = { $days ->
    [one] Plan crise (les programmes les plus doux jusqu’à ce que la douleur se calme) actif depuis le { $from }, { $days } jour pour l’instant ; douleur habituelle d’environ { $usual }, maximum { $highest }.
    [many] Plan crise (les programmes les plus doux jusqu’à ce que la douleur se calme) actif depuis le { $from }, { $days } jours pour l’instant ; douleur habituelle d’environ { $usual }, maximum { $highest }.
   *[other] Plan crise (les programmes les plus doux jusqu’à ce que la douleur se calme) actif depuis le { $from }, { $days } jours pour l’instant ; douleur habituelle d’environ { $usual }, maximum { $highest }.
}
report-flare-plan-ended = { $days ->
    [one] Plan crise (les programmes les plus doux jusqu’à ce que la douleur se calme) du { $from } au { $to }, { $days } jour ; douleur habituelle d’environ { $usual }, maximum { $highest }.
    [many] Plan crise (les programmes les plus doux jusqu’à ce que la douleur se calme) du { $from } au { $to }, { $days } jours ; douleur habituelle d’environ { $usual }, maximum { $highest }.
   *[other] Plan crise (les programmes les plus doux jusqu’à ce que la douleur se calme) du { $from } au { $to }, { $days } jours ; douleur habituelle d’environ { $usual }, maximum { $highest }.
}
report-red-flags-none = Aucun signe d’alerte signalé sur cette période.
report-red-flag-checked-at-start = Au départ, la personne a indiqué qu’un signe d’alerte s’était présenté et qu’un professionnel de santé l’avait examiné.
report-red-flag-emergency-checked = { $date } : oui à un signe d’alerte qui demande une aide d’urgence ; a coché le { $cleared } qu’un professionnel de santé l’avait examinée.
report-red-flag-emergency-open = { $date } : oui à un signe d’alerte qui demande une aide d’urgence ; pas encore examiné, donc les séances sont en pause.
report-red-flag-soon-checked = { $date } : oui à un signe d’alerte qui demande de voir un médecin sous un ou deux jours ; a coché le { $cleared } qu’un professionnel de santé l’avait examinée.
report-red-flag-soon-open = { $date } : oui à un signe d’alerte qui demande de voir un médecin sous un ou deux jours ; pas encore examiné, donc les séances sont en pause.

report-course = Cours sur le mal de dos : leçons lues, { $read } sur { $total }.
report-programme-none = Aucun plan n’est configuré sur cet appareil.
report-programme-stage = Le { $date } : étape « { $stage } », { $schedule }.
report-flare-plan-active = Le plan crise est actif : les programmes les plus doux jusqu’à ce que la douleur se calme.
report-routine-now = { $routine } : niveau { $level ->
    [easiest] le plus facile
    [easier] plus facile
    [harder] plus difficile
    [hardest] le plus difficile
   *[standard] standard
} ; fait { $count } fois.
report-walking-baseline = Programme de marche : semaine de référence.
report-walking-plan = Programme de marche : { $walks ->
    [one] { $walks } marche
    [many] { $walks } marches
   *[other] { $walks } marches
} de { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} cette semaine.

report-note-when = { $date }, { $routine }
report-notes-none = Aucune note sur cette période.
report-notes-intro = Avec ses propres mots, tels qu’écrits après chaque séance.

report-streak-unit = { $count ->
    [one] séance prévue d’affilée
    [many] séances prévues d’affilée
   *[other] séances prévues d’affilée
}
report-streak-none = Pas encore de série de jours : chaque séance prévue que vous faites en ajoute une.
report-streak-broken = { $best ->
    [one] Pas de série en cours : votre prochaine séance prévue en lance une. Meilleure série : { $best } séance prévue d’affilée.
    [many] Pas de série en cours : votre prochaine séance prévue en lance une. Meilleure série : { $best } séances prévues d’affilée.
   *[other] Pas de série en cours : votre prochaine séance prévue en lance une. Meilleure série : { $best } séances prévues d’affilée.
}
report-streak = { $count ->
    [one] Série : { $count } séance prévue d’affilée (record : { $best }).
    [many] Série : { $count } séances prévues d’affilée (record : { $best }).
   *[other] Série : { $count } séances prévues d’affilée (record : { $best }).
}

report-week-line-sessions = { $sessions ->
    [one] { $sessions } séance
    [many] { $sessions } séances
   *[other] { $sessions } séances
} · { $minutes } min
report-week-line-cardio = { $cardio ->
    [one] { $cardio } marche, nage ou sortie à vélo
    [many] { $cardio } marches, nages ou sorties à vélo
   *[other] { $cardio } marches, nages ou sorties à vélo
} · { $minutes } min
report-week-line-both = { $sessions ->
    [one] { $sessions } séance
    [many] { $sessions } séances
   *[other] { $sessions } séances
} · { $cardio ->
    [one] { $cardio } marche, nage ou sortie à vélo
    [many] { $cardio } marches, nages ou sorties à vélo
   *[other] { $cardio } marches, nages ou sorties à vélo
} · { $minutes } min

report-eased-whole-session = Toute la séance au niveau { $level ->
    [easiest] le plus facile
   *[easier] plus facile
}
report-eased-smaller = { $exercise }, en plus petit
report-eased-instead = { $exercise } au lieu de { $instead }

report-insights-title = Aperçu
report-insights-empty = Les graphiques apparaîtront ici après votre première séance.
report-insights-best-streak = meilleure série
report-insights-sessions-unit = { $count ->
    [one] séance
    [many] séances
   *[other] séances
}
report-insights-streak-hint = Une série compte vos séances prévues faites d’affilée. Les jours hors de votre plan ne l’interrompent pas.
report-insights-sessions-per-week = Séances par semaine
report-insights-sessions = Séances
report-insights-minutes-per-week = Minutes par semaine
report-insights-minutes = Minutes
report-insights-walking = Programme de marche
report-insights-walking-goal = { $minutes ->
    [one] Objectif : { $minutes } minute par semaine
    [many] Objectif : { $minutes } minutes par semaine
   *[other] Objectif : { $minutes } minutes par semaine
}
report-insights-walking-caption = { $minutes ->
    [one] Minutes de marche par semaine du programme (objectif : { $minutes } minute par semaine)
    [many] Minutes de marche par semaine du programme (objectif : { $minutes } minutes par semaine)
   *[other] Minutes de marche par semaine du programme (objectif : { $minutes } minutes par semaine)
}
report-insights-pain = Douleur avant et après
report-insights-day-by-day = Jour par jour
report-insights-days-caption = Jours avec séance, depuis le { $date }
report-insights-done-most = Les plus faits
report-insights-done-most-empty = Rien pour l’instant : les exercices que vous faites le plus apparaîtront ici.
report-insights-avoided-most = Les plus sautés ou allégés
report-insights-avoided-most-empty = Rien de sauté ni d’allégé pour l’instant.
report-insights-times = { " " }· { $count }
report-insights-report-link = Bilan pour votre kiné

report-chart-week = Semaine
report-chart-date = Date
report-chart-day = Jour
report-chart-pain = Douleur
report-chart-sessions = Séances
report-chart-ratings = Notes
report-chart-before = Avant
report-chart-after = Après
report-chart-pain-caption = Douleur avant et après chaque séance
report-chart-score = { $score }/10
report-chart-no-score = –
report-chart-pain-row = { $before } avant, { $after } après
report-chart-rating = { $name } { $score }

# Variables:
#   $week (Number) - calm sessions this week
#   $all (Number) - calm sessions in all
#   $minutes (Number) - minutes of calm in all
report-insights-calm = Séances de calme : { $week } cette semaine, { $all } en tout ({ $minutes } min)
# Variables:
#   $count (Number) - calm sessions in these dates
#   $minutes (Number) - their minutes added up
report-calm =
    { $count ->
        [0] Séances de calme (respiration et relaxation) sur cette période : aucune.
        [one] Séances de calme (respiration et relaxation) sur cette période : 1, { $minutes } min.
       *[other] Séances de calme (respiration et relaxation) sur cette période : { $count }, { $minutes } min en tout.
    }
