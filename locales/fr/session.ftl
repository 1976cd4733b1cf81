### Français : la séance guidée.

session-say-number = { $number }
session-say-halfway = Vous êtes à mi-chemin.
session-say-all-done = C’est terminé. Bravo !
session-say-get-ready = Préparez-vous : { $name }.
session-say-next = Ensuite : { $name }.
session-say-get-ready-how = Préparez-vous : { $name }. { $how }
session-say-next-how = Ensuite : { $name }. { $how }
session-say-rest = Repos pendant { $secs ->
    [one] { $secs } seconde
    [many] { $secs } secondes
   *[other] { $secs } secondes
}.
session-say-rest-then = Repos pendant { $secs ->
    [one] { $secs } seconde
    [many] { $secs } secondes
   *[other] { $secs } secondes
}. Ensuite : { $next }
session-say-reps = { $name } : { $reps ->
    [one] { $reps } répétition
    [many] { $reps } répétitions
   *[other] { $reps } répétitions
}.
session-say-reps-side = { $name }, { $side ->
    [left] côté gauche
   *[right] côté droit
} : { $reps ->
    [one] { $reps } répétition
    [many] { $reps } répétitions
   *[other] { $reps } répétitions
}.
session-say-reps-set = { $name }, série { $set } sur { $sets } : { $reps ->
    [one] { $reps } répétition
    [many] { $reps } répétitions
   *[other] { $reps } répétitions
}.
session-say-reps-set-side = { $name }, { $side ->
    [left] côté gauche
   *[right] côté droit
}, série { $set } sur { $sets } : { $reps ->
    [one] { $reps } répétition
    [many] { $reps } répétitions
   *[other] { $reps } répétitions
}.
session-say-hold = { $name } : tenez { $secs ->
    [one] { $secs } seconde
    [many] { $secs } secondes
   *[other] { $secs } secondes
}.
session-say-hold-side = { $name }, { $side ->
    [left] côté gauche
   *[right] côté droit
} : tenez { $secs ->
    [one] { $secs } seconde
    [many] { $secs } secondes
   *[other] { $secs } secondes
}.
session-say-hold-set = { $name }, série { $set } sur { $sets } : tenez { $secs ->
    [one] { $secs } seconde
    [many] { $secs } secondes
   *[other] { $secs } secondes
}.
session-say-hold-set-side = { $name }, { $side ->
    [left] côté gauche
   *[right] côté droit
}, série { $set } sur { $sets } : tenez { $secs ->
    [one] { $secs } seconde
    [many] { $secs } secondes
   *[other] { $secs } secondes
}.
session-say-activity = { $name } : { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} à allure tranquille.
session-say-switch = Changez de côté : maintenant le { $side ->
    [left] côté gauche
   *[right] côté droit
}.
session-say-time-reached = Ça fait { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
}. Rentrez quand vous voulez.
session-tip-time-up = C’est l’heure : touchez « De retour » une fois chez vous.

session-label-set = Série { $set } sur { $sets }
session-label-set-side = Série { $set } sur { $sets } · { $side ->
    [left] côté gauche
   *[right] côté droit
}
session-label-set-switch = Série { $set } sur { $sets } · maintenant le { $side ->
    [left] côté gauche
   *[right] côté droit
}
session-label-side = { $side ->
    [left] Côté gauche
   *[right] Côté droit
}
session-label-switch = { $side ->
    [left] Maintenant le côté gauche
   *[right] Maintenant le côté droit
}
session-eyebrow-get-ready = Préparez-vous
session-eyebrow-next-up = À suivre
session-eyebrow-easy-pace = À allure tranquille
session-eyebrow-next-set = Ensuite : série { $set } sur { $sets }

session-phase-position = Mettez-vous en place
session-phase-reps = Répétitions
session-phase-hold = Tenez
session-phase-rest = Repos
session-phase-switch = Changez de côté
session-ring-paused = En pause
session-ring-rep-of = sur { $reps } rép.
session-ring-of-minutes = sur { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
}

session-paused = En pause.
session-exercise-of = Exercice { $number } sur { $total }
session-close = Fermer
session-how = Comment
session-how-title = Comment faire : { $name }
session-keep-in-mind = À garder en tête
session-back-to-exercise = Retour à l’exercice
session-figure-label = Illustration : { $name }
session-controls = Commandes de la séance
session-previous = Exercice précédent
session-next-exercise = Exercice suivant
session-pause = Pause
session-resume = Reprendre
session-add-rest = +15 s
session-this-hurts = J’ai mal
session-done-set = Série terminée
session-im-back = De retour
session-skip-rest = Passer le repos
session-im-ready = C’est parti
session-stop-title = Arrêter la séance ici ?
session-stop-paused = Le chrono est en pause le temps que vous décidiez.
session-save-what-i-did = Enregistrer ce que j’ai fait
session-carry-on = Continuer
session-discard = Supprimer cette séance

session-hurts-title = Désolé que vous ayez mal
session-hurts-how-bad = À quel point avez-vous mal en ce moment ?
session-hurts-spreading = La douleur descend dans ma jambe
session-carry-on-gently = Continuer en douceur
session-easier-variant = Plus facile : { $name }
session-easier-smaller = Plus facile : moins de répétitions, mouvements plus petits
session-easier-range = Plus facile : mouvements plus petits et plus lents
session-skip-exercise = Passer cet exercice
session-end = Arrêter la séance
session-hurts-close = Fermer

session-check-back = ‹ Retour
session-about = Environ { $minutes } min
session-check-eyebrow = { $routine } · { $length }
session-check-title = Avant de commencer
session-check-pain = Comment va votre dos en ce moment ?
session-check-recent = Vous avez indiqué à Limber une douleur de { $pain } sur 10 il y a peu. Modifiez-la si elle a changé.
session-start = Commencer
session-check-answer-first = Répondez à la question ci-dessus pour commencer.
session-continue = Continuer vers la séance

session-after-ended = Séance arrêtée
session-after-well-done = Bravo !
session-after-did-all = Vous avez fait { $total ->
    [one] { $total } exercice
    [many] { $total } exercices
   *[other] { $total } exercices
} en { $duration }.
session-after-did-some = Vous avez fait { $done ->
    [one] { $done } exercice
    [many] { $done } exercices
   *[other] { $done } exercices
} sur { $total } en { $duration }.
session-after-eased = { $name } (version plus facile)
session-after-not-done = non fait
session-after-sets-all = { $sets ->
    [one] { $sets } série
    [many] { $sets } séries
   *[other] { $sets } séries
}
session-after-sets-some = { $done ->
    [one] { $done } série
    [many] { $done } séries
   *[other] { $done } séries
} sur { $sets }
session-after-with-pain = { $status } · douleur { $pain } sur 10
session-after-before = Avant de commencer : douleur { $pain } sur 10
session-after-pain = À quel point votre dos vous fait-il mal maintenant ?
session-after-feeling = Comment ça s’est passé ?
session-after-note = Quelque chose à retenir ? (facultatif)
session-after-note-example = Par exemple : hanches raides, plus facile que la semaine dernière
session-after-still-here = Votre séance est toujours là : réessayez d’enregistrer, ou gardez-la dans un fichier à importer plus tard.
session-after-download = Télécharger cette séance
session-after-save = Enregistrer la séance
session-after-dont-save = Ne pas enregistrer
session-after-leave-question = Quitter sans enregistrer ?
session-after-leave-text = Quitter sans enregistrer ? Cette séance n’apparaîtra pas dans votre historique.
session-after-leave = Quitter sans enregistrer
session-after-keep = La garder
session-next-saved = Enregistrée. Bravo !
session-next-title = Et ensuite
session-next-log-walk = Notez votre marche à votre retour
session-next-today = Aller à Aujourd’hui
session-next-history = La voir dans votre historique

session-figure-view-side = vu de côté
session-figure-view-front = vu de face
session-figure-view-above = vu d’en haut
