### Français : les parties d’Aujourd’hui qui demandent un programme ou des données enregistrées
### (la carte du programme et ses raisons, la question du matin, l’arrêt pour signes d’alerte), les
### échelles de 0 à 10 et les questions du premier lancement.

## L’échelle de douleur.
today-pain-option = douleur { $pain } sur 10, { $word }
today-pain-word-none = pas de douleur
today-pain-word-mild = légère
today-pain-word-moderate = modérée
today-pain-word-strong = forte
today-pain-word-severe = très forte
today-pain-end-low = 0 : pas de douleur
today-pain-end-high = 10 : pire douleur imaginable

## Les activités du quotidien.
today-ability-none = 0 sur 10, impossible
today-ability-full = 10 sur 10, sans difficulté
today-ability-option = { $score } sur 10
today-ability-end-low = 0 : impossible
today-ability-end-high = 10 : sans difficulté

## Intensité.
today-level-group = Intensité
today-level-easier-button = Plus facile
today-level-harder-button = Plus difficile

## La question du lendemain matin.
today-morning-eyebrow = Une petite question
today-morning-heading-morning = Comment va votre dos ce matin ?
today-morning-heading-later = Comment va votre dos aujourd’hui ?
today-morning-sub = { $when ->
    [today] Par rapport à juste avant la séance « { $name } » d’aujourd’hui : cela indique à Limber si c’était la bonne dose.
    [yesterday] Par rapport à juste avant la séance « { $name } » d’hier : cela indique à Limber si c’était la bonne dose.
   *[other] Par rapport à juste avant la séance « { $name } » de { $day } : cela indique à Limber si c’était la bonne dose.
}
today-morning-legend = Par rapport à avant la séance
today-morning-pain = Votre douleur maintenant, si vous voulez (de 0 à 10)
today-morning-pick-first = Choisissez d’abord mieux, à peu près pareil ou moins bien.
today-morning-save = Enregistrer
today-morning-not-now = Pas maintenant
today-morning-reply-flare = Merci de nous le dire. « { $name } » compte comme une crise : la prochaine séance recule d’un cran et rien ne devient plus difficile pendant quelques jours.
today-morning-reply-good = Bonne nouvelle. « { $name } » compte comme une bonne séance : si c’est calmé le lendemain, c’était la bonne dose.
today-morning-reply-steady = Merci. « { $name } » ne compte ni à la hausse ni à la baisse : son niveau reste le même pour l’instant.
today-morning-ahead = Demain matin, Limber vous demandera comment va votre dos : votre réponse règle la prochaine séance.

## Quand a lieu la prochaine séance.
today-next-day = { $when ->
    [tomorrow] demain
    [week] dans une semaine jour pour jour
    [soon] bientôt
   *[other] { $day }
}

## La grande carte.
today-hero-flare-done = Plan crise · jour { $day } · terminé pour aujourd’hui
today-hero-flare-done-why = La séance douce du jour est faite. Reposez-vous dans une position confortable ; une petite marche tranquille plus tard aide aussi.
today-hero-flare = Plan crise · jour { $day } · environ { $minutes } min
today-hero-flare-level = Plan crise · jour { $day } · environ { $minutes } min · { $level }
today-hero-flare-why = Un programme doux pour les mauvais jours. Peu mais souvent aide plus que le repos, et arrêtez tout ce qui aggrave la douleur.
today-hero-gently-done = Terminé pour aujourd’hui. Allez-y doucement maintenant.
today-hero-gently = En douceur aujourd’hui · environ { $minutes } min
today-hero-gently-level = En douceur aujourd’hui · environ { $minutes } min · { $level }
today-hero-gently-rest = Jour de repos · en douceur
today-hero-due = Prévue aujourd’hui · environ { $minutes } min
today-hero-due-level = Prévue aujourd’hui · environ { $minutes } min · { $level }
today-hero-done = Terminé pour aujourd’hui. Bravo !
today-hero-done-why = Votre prochaine séance, { $name }, est { $next }. Reposez-vous maintenant, ou faites une marche tranquille plus tard si vous avez envie de bouger.
today-hero-rest = Jour de repos
today-hero-rest-why = Rien de prévu aujourd’hui ; votre prochaine séance est { $next }. Le repos fait partie du programme, et une marche tranquille est une bonne façon d’en profiter.
today-hero-from = De { $from } · { $eyebrow }

## Les marches, pour les Réglages.
today-walks-so-far = Les marches ont commencé à { $started ->
    [one] { $started } minute
   *[other] { $started } minutes
} ; celle d’aujourd’hui dure { $now ->
    [one] { $now } minute
   *[other] { $now } minutes
}.
today-walks-so-far-same = Les marches ont commencé à { $started ->
    [one] { $started } minute
   *[other] { $started } minutes
}, et celle d’aujourd’hui dure autant.
today-walks-so-far-baseline = Les marches ont commencé à { $started ->
    [one] { $started } minute
   *[other] { $started } minutes
} ; la semaine de référence du programme de marche détermine la durée d’aujourd’hui.

## La suite.
today-next-no-plan = Revenez quand vous voulez. Quelques questions sur Aujourd’hui permettent de trouver par où commencer et les jours qui vous conviennent.
today-next-session = Votre prochaine séance est { $next } : { $name }, environ { $minutes } min.
today-next-whenever = Votre prochaine séance : quand vous voudrez.
today-next-walk-flare = Une petite marche tranquille plus tard aide aussi, tant que c’est confortable.
today-next-walk = { $minutes ->
    [one] Marche du jour : { $minutes } minute tranquille, si vous en avez envie.
   *[other] Marche du jour : { $minutes } minutes tranquilles, si vous en avez envie.
}
today-next-walk-open = Marche du jour : tant que c’est confortable, si vous en avez envie.

## La règle de la douleur.
today-pain-green-usual = Votre dos est habituellement autour de { $usual }, donc à { $pain } vous pouvez continuer. Bougez lentement et respirez.
today-pain-green = À { $pain }, vous pouvez continuer. Bougez lentement et respirez.
today-pain-amber-usual = C’est un peu au-dessus de votre niveau habituel ({ $usual }). Continuez en douceur si cela se calme peu après et que ce n’est pas pire demain matin, ou rendez l’exercice plus facile.
today-pain-amber = { $pain }, c’est acceptable si cela se calme peu après et que ce n’est pas pire demain matin. Continuez en douceur, ou rendez l’exercice plus facile.
today-pain-red-spreading = Une douleur qui descend dans une jambe est un signe qu’il faut lever le pied. Rendez cet exercice plus facile ou passez-le, et si la douleur continue de descendre, arrêtez la séance pour aujourd’hui.
today-pain-red-high = { $pain }, c’est beaucoup. Levez le pied : rendez cet exercice plus facile ou passez-le, et si la douleur ne se calme pas, arrêtez la séance pour aujourd’hui.
today-pain-red = C’est bien au-dessus de votre niveau habituel ({ $usual }). Levez le pied : rendez cet exercice plus facile ou passez-le, et si la douleur ne se calme pas, arrêtez la séance pour aujourd’hui.
today-pain-bands = Pendant l’exercice, une douleur jusqu’à { $green } ne pose pas de problème, jusqu’à { $amber } c’est acceptable si elle se calme d’ici le lendemain matin, et au-delà (ou une douleur qui descend dans une jambe), il faut rendre l’exercice plus facile.
today-pain-bands-no-amber = Pendant l’exercice, une douleur jusqu’à { $green } ne pose pas de problème, et au-delà (ou une douleur qui descend dans une jambe), il faut rendre l’exercice plus facile.
today-pain-after-amber = Un peu au-dessus de votre niveau habituel ({ $usual }) : c’est acceptable si cela s’est calmé demain matin. Limber vous le demandera à ce moment-là.
today-pain-after-red = C’est bien au-dessus de votre niveau habituel ({ $usual }). Reposez-vous maintenant dans une position confortable ; si c’est encore élevé demain matin, la prochaine séance sera plus douce.
today-pain-before-gentlest = C’est plus que votre niveau habituel ({ $usual }). Ce programme est déjà le plus doux : allez-y lentement, ne faites que ce qui vous semble bien et passez tout ce qui aggrave la douleur. Un jour de repos avec une petite marche convient aussi.
today-pain-before = C’est plus que votre niveau habituel ({ $usual }). Limber gardera cette séance douce ; un jour de repos avec une petite marche convient aussi. Si cela continue d’empirer, demandez l’avis d’un professionnel de santé.

## Garder une copie.
today-keep-title = Gardez une copie de vos progrès
today-keep-button = Garder une copie
today-keep-not-now = Pas maintenant
today-keep-why-safari = Safari peut effacer ce que Limber enregistre s’il n’est pas ouvert pendant une semaine environ. Une copie met { $count ->
    [one] votre { $count } séance
   *[other] vos { $count } séances
} à l’abri.
today-keep-why = Les navigateurs effacent parfois les données enregistrées. Une copie met { $count ->
    [one] votre { $count } séance
   *[other] vos { $count } séances
} à l’abri.
today-keep-why-again = Votre dernière copie date du { $date }. Une nouvelle copie met aussi à l’abri ce que vous avez fait depuis.
today-keep-shared = Copie partagée.
today-keep-saved = Copie enregistrée dans vos téléchargements.
today-keep-safe = Gardez-la en lieu sûr, par exemple dans vos e-mails ou votre stockage en ligne.
today-keep-not-saved = Votre navigateur n’a pas enregistré le fichier. Veuillez réessayer.
today-keep-last = Dernière copie : { $date }.
today-keep-none = Aucune copie pour l’instant.
today-keep-install-why = Sur iPhone et iPad, Safari peut effacer les données de Limber après environ une semaine sans visite. Ajouter Limber à l’écran d’accueil l’évite. Gardez d’abord une copie : l’app de l’écran d’accueil démarre vide, et c’est là que vous ouvrez votre copie.
today-keep-install-how = Dans Safari, touchez Partager, puis Sur l’écran d’accueil.
today-keep-install-next = Pour que Safari n’efface plus vos données, ajoutez Limber à l’écran d’accueil : touchez Partager, puis Sur l’écran d’accueil. L’app de l’écran d’accueil démarre vide : ouvrez-y votre copie.

## La marche.
today-walk-title = { $minutes ->
    [one] Une marche de { $minutes } minute
   *[other] Une marche de { $minutes } minutes
}
today-walk-baseline = Semaine de référence
today-walk-held-flare = Maintenue au même niveau tant que votre plan crise est actif : des marches courtes et tranquilles, peu mais souvent, tant que c’est confortable. Cela recommence à augmenter dès que votre dos se calme et qu’une semaine se passe comme prévu.
today-walk-why-longer = { $reason } { $longer }
today-walk-baseline-all = { $walks ->
    [one] { $walks } marche
   *[other] { $walks } marches
}
today-walk-baseline-progress = { $done ->
    [one] { $done } marche
   *[other] { $done } marches
} sur { $walks }
