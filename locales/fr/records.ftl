### Français. Historique, une séance, saisir une activité à la main, poids, programme de marche.

records-duration-seconds = { $seconds } s
records-duration-minutes = { $minutes } min { $seconds } s
records-minutes = { $minutes } min
records-distance-km = { $distance } km
records-distance-mi = { $distance } mi
records-summary-km = { $minutes } min · { $distance } km
records-summary-mi = { $minutes } min · { $distance } mi

records-when = { $date }
records-when-time = { $date } · { $time }

records-error-minutes = Indiquez la durée en minutes, de 1 à { $max }.
records-error-distance = Indiquez la distance en chiffres, par exemple { $example }, ou laissez le champ vide.
records-error-future-date = Cette date n’est pas encore arrivée. Choisissez aujourd’hui ou un jour précédent.
records-error-too-long-ago = Choisissez une date au cours de la dernière année.
records-error-no-day = Choisissez le jour où vous l’avez fait.
records-phone-note = Emportez le téléphone et Limber chronomètre, ou laissez-le chez vous et notez la marche à votre retour. Marchez à un rythme qui vous permet encore de parler.

records-log-title = Saisir une activité
records-log-lead = Une marche, une séance de natation ou de vélo faite sans l’appli compte aussi.
records-log-what = Qu’avez-vous fait ?
records-log-day = Jour
records-log-minutes = Minutes
records-log-distance-km = Distance en km
records-log-distance-mi = Distance en miles
records-optional = (facultatif)
records-log-feel = Comment cela s’est-il passé ?
records-log-pain = Douleur avant et après (facultatif)
records-log-pain-before = Douleur avant
records-log-pain-after = Douleur après
records-log-note = Note (facultatif)
records-log-save = Enregistrer
records-cancel = Annuler

records-feeling-too-easy = Trop facile
records-feeling-about-right = Juste bien
records-feeling-too-hard = Trop difficile
records-felt = Ressenti : { $feeling ->
        [too-easy] trop facile
        [too-hard] trop difficile
       *[about-right] juste bien
    }
records-compared-better = Mieux
records-compared-same = À peu près pareil
records-compared-worse = Moins bien
records-morning-words-both = { $compared ->
        [better] Mieux
        [worse] Moins bien
       *[same] À peu près pareil
    }, douleur { $pain }
records-morning-words-pain = Douleur { $pain }
records-next-morning-both = Le lendemain matin : { $compared ->
        [better] mieux
        [worse] moins bien
       *[same] à peu près pareil
    }, douleur { $pain }
records-next-morning-compared = Le lendemain matin : { $compared ->
        [better] mieux
        [worse] moins bien
       *[same] à peu près pareil
    }
records-next-morning-pain = Le lendemain matin : douleur { $pain }

records-pain-b = { $before }/10 avant
records-pain-d = { $during }/10 pendant
records-pain-a = { $after }/10 après
records-pain-bd = { $before }/10 avant, { $during }/10 pendant
records-pain-ba = { $before }/10 avant, { $after }/10 après
records-pain-da = { $during }/10 pendant, { $after }/10 après
records-pain-bda = { $before }/10 avant, { $during }/10 pendant, { $after }/10 après
records-pain-none = non renseignée
records-pain-cell-heading = Douleur avant / pendant / après
records-pain-line = Douleur : { $pain }
records-pain-afterwards = Douleur après : { $after }/10
records-pain-afterwards-none = Douleur après : non renseignée

records-history-title = Historique
records-tabs-label = Vues de l’historique
records-tab-sessions = Séances
records-tab-insights = Aperçu
records-log-button = + Saisir marche, natation ou vélo
records-history-empty = Pas encore de séance. Les séances terminées apparaîtront ici.
records-week-of = Semaine du { $date }
records-show-older = Voir les semaines précédentes
records-card-logged = Saisie · { $summary }
records-card-all = { $total ->
        [one] { $total } exercice
       *[other] { $total } exercices
    } · { $duration }
records-card-done-of = { $done } sur { $total ->
        [one] { $total } exercice
       *[other] { $total } exercices
    } · { $duration }
records-skipped = Sautés : { $names }
records-eased = Allégé : { $what }

records-back = ‹ Historique
records-deleted = La séance « { $routine } » du { $date } a été supprimée.
records-undo = Annuler
records-back-to-history = Retour à l’historique
records-not-found = Séance introuvable
records-not-found-body = Elle a peut-être été supprimée dans un autre onglet.
records-logged-by-hand = Saisie à la main · { $summary }
records-duration-completed = { $duration } · terminée
records-duration-ended-early = { $duration } · arrêtée avant la fin
records-row-skipped = sauté
records-row-sets-all = { $total ->
        [one] { $total } série
       *[other] { $total } séries
    }
records-row-sets-done-of = { $done } sur { $total ->
        [one] { $total } série
       *[other] { $total } séries
    }
records-row-reps = { $reps ->
        [one] { $reps } répétition
       *[other] { $reps } répétitions
    }
records-row-eased-from = version plus facile de { $exercise }
records-row-pain = douleur { $pain }/10
records-note = Note
records-save-note = Enregistrer la note
records-note-saved = Note enregistrée.
records-delete-heading = Supprimer
records-delete-button = Supprimer cette séance

records-weight-kg = { $weight } kg
records-weight-lb = { $weight } lb
records-weight-error-number = Indiquez votre poids en chiffres, par exemple { $example }.
records-weight-error-precise = Deux chiffres après la virgule au maximum.
records-weight-error-range-kg = Cela semble inexact : indiquez un poids entre { $low } et { $high } kg.
records-weight-error-range-lb = Cela semble inexact : indiquez un poids entre { $low } et { $high } lb.
records-weight-down = { $change } de moins depuis le { $date }.
records-weight-up = { $change } de plus depuis le { $date }.
records-weight-same = À peu près stable depuis le { $date }.
records-weight-title = Poids
records-weight-intro = Un poids de forme soulage votre dos. Ce suivi n’est que pour vous ; vous pouvez le désactiver dans les { $settings }.
records-weight-settings = Réglages
records-weight-empty = Pas encore de mesure. Une fois par semaine, au même moment de la journée, c’est bien assez.
records-weight-saved = Enregistré pour aujourd’hui.
records-weight-latest = Dernière mesure : { $weight } le { $date }.
records-weight-remove = La retirer
records-weight-removed = Mesure retirée : { $weight } du { $date }.
records-weight-today-kg = Votre poids aujourd’hui en kg
records-weight-today-lb = Votre poids aujourd’hui en lb
records-weight-save = Enregistrer le poids

records-walk-week-all = Semaine du { $date } : { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $result ->
        [done] tout fait comme prévu
        [flared] votre dos a fait une crise cette semaine-là
        [not-done] pas tout fait
       *[going] semaine en cours
    }.
records-walk-week-done-of = Semaine du { $date } : { $done } sur { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $result ->
        [done] tout fait comme prévu
        [flared] votre dos a fait une crise cette semaine-là
        [not-done] pas tout fait
       *[going] semaine en cours
    }.

## The weight chart's unit, as its table heads it.
records-weight-unit-kg = kg
records-weight-unit-lb = lb

# Variables:
#   $count (Number) - calm sessions listened to
#   $minutes (Number) - their minutes added up
records-calm-summary =
    { $count ->
        [one] Calme : 1 séance, { $minutes } min
       *[other] Calme : { $count } séances, { $minutes } min
    }
records-calm-hint = Respiration et relaxation. Elles ne comptent ni pour votre série ni pour votre niveau d’exercice.
