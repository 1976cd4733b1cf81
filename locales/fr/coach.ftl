### Français : le coach. Règles de la douleur, crises, le programme, la progression, les
### bilans hebdomadaires et les signes d’alerte. Voir locales/fr/STYLE.md.

## Signes d’alerte. N’écrivez jamais de numéro d’urgence vous-même : il arrive dans
## $number, selon le pays de la personne.

coach-safety-heading-emergency = Demandez immédiatement une aide d’urgence si vous avez :
coach-safety-heading-soon = Consultez un médecin d’ici un ou deux jours si vous avez :
coach-safety-sign-emergency-1 = Engourdissement ou fourmillements autour des organes génitaux, des fesses ou à l’intérieur des cuisses
coach-safety-sign-emergency-2 = Nouvelles difficultés pour uriner, ou perte du contrôle de la vessie ou des selles
coach-safety-sign-emergency-3 = Nouveaux troubles de la fonction sexuelle
coach-safety-sign-emergency-4 = Engourdissement, faiblesse ou fourmillements dans les deux jambes, ou une jambe qui s’affaiblit de plus en plus
coach-safety-sign-emergency-5 = Mal de dos après une chute ou un accident graves
coach-safety-sign-emergency-6 = Douleur dans la poitrine
coach-safety-sign-soon-1 = De la fièvre, ou vous vous sentez très mal
coach-safety-sign-soon-2 = Une perte de poids que vous ne pouvez pas expliquer
coach-safety-sign-soon-3 = Un cancer, actuel ou passé
coach-safety-sign-soon-4 = Une douleur constante, pire la nuit, qui ne se calme ni au repos ni dans aucune position
coach-safety-sign-soon-5 = Une bosse ou un changement de forme de votre dos
coach-safety-sign-soon-6 = Une douleur entre les omoplates
coach-safety-sign-soon-7 = Des symptômes nouveaux, ou qui ont changé
coach-safety-question = L’un de ces signes d’alerte vous concerne-t-il en ce moment ?
coach-safety-show-signs = Voir les signes d’alerte
coach-safety-answer-none = Non, aucun
coach-safety-answer-emergency = Oui, un signe de la première liste
coach-safety-answer-soon = Oui, un signe de la deuxième liste
coach-safety-advice-emergency-title = Demandez une aide d’urgence maintenant
coach-safety-advice-emergency = Appelez le { $number } ou allez aux urgences maintenant. Ces signes doivent être pris en charge dès aujourd’hui, et le traitement est plus efficace quand il est précoce. S’il vous plaît, ne faites pas d’exercice.
coach-safety-advice-emergency-unknown = Appelez le numéro d’urgence du pays où vous vous trouvez (le { $number } fonctionne depuis un portable dans de nombreux pays) ou allez aux urgences maintenant. Ces signes doivent être pris en charge dès aujourd’hui, et le traitement est plus efficace quand il est précoce. S’il vous plaît, ne faites pas d’exercice.
coach-safety-advice-soon-title = Consultez d’abord un médecin
coach-safety-advice-soon = Appelez votre médecin pour obtenir un rendez-vous d’ici un ou deux jours (votre médecin traitant ou un service de soins non programmés) avant de faire de l’exercice. Si cela s’aggrave vite, demandez de l’aide plus tôt.
coach-safety-call = Appeler le { $number }
coach-safety-since = Vous avez signalé un signe d’alerte à Limber le { $date }. Les séances restent en pause en attendant l’avis d’un professionnel de santé.
coach-safety-checked = Un professionnel de santé a vérifié mon état et m’a dit que je peux faire des exercices doux
coach-safety-continue = Continuer
coach-safety-back-today = Retour à Aujourd’hui

## Les étapes du plan.
coach-stage-flare-up = Pour les mauvais jours
coach-stage-building = Progresser
coach-stage-maintaining = Entretenir

## Les niveaux.
coach-level-easiest = Très facile
coach-level-easier = Plus facile
coach-level-standard = Standard
coach-level-harder = Plus difficile
coach-level-hardest = Très difficile

## « Mon dos est en crise » : ce qui aide un mauvais jour.
coach-flare-advice-moving-title = Continuez à bouger, mais moins
coach-flare-advice-moving-body = Une crise fait mal, mais plus de douleur signifie rarement une nouvelle lésion, et rester longtemps immobile a tendance à raidir. De courtes marches faciles, peu mais souvent, et les programmes doux pour les mauvais jours vous aident à tenir.
coach-flare-advice-positions-title = Trouvez des positions de soulagement
coach-flare-advice-positions-body = Allongez-vous sur le dos, les genoux pliés sur un ou deux oreillers, ou sur le côté avec un oreiller entre les genoux. Changez de position toutes les 20 à 30 minutes plutôt que de rester dans la même.
coach-flare-advice-pacing-title = Dosez votre journée
coach-flare-advice-pacing-body = Découpez les tâches en petits morceaux et reposez-vous avant que la douleur ne monte, pas après. Évitez ce qui provoque une douleur vive ou qui s’étend, et gardez les grosses tâches pour un meilleur jour.
coach-flare-advice-warmth-title = La chaleur peut aider
coach-flare-advice-warmth-body = Une bouillotte chaude (pas brûlante) ou une douche chaude pendant 15 à 20 minutes peut détendre les muscles contractés. Enveloppez la bouillotte dans une serviette et ne vous endormez jamais dessus.
coach-flare-advice-sleep-title = Prenez soin de votre sommeil
coach-flare-advice-sleep-body = Des oreillers pour soutenir la position qui vous soulage, et votre heure de coucher habituelle. Après une mauvaise nuit, la douleur peut paraître plus forte le lendemain : c’est normal, et ça passe.
coach-flare-advice-help-title = Quand demander de l’aide
coach-flare-advice-help-body = Consultez un médecin ou un kinésithérapeute si ça ne va pas mieux après environ deux semaines, ou si ça continue de s’aggraver. Les signes ci-dessous demandent des soins immédiats, pas de l’exercice.

## Le mode crise : comment il commence et s'arrête, dit de la même façon partout.
coach-flare-end-rule = Le mode crise s’arrête tout seul quand votre douleur est revenue à un point près de votre niveau habituel ({ $usual }) deux jours de suite, ou dès que vous l’arrêtez.
coach-flare-started = Votre mode crise est activé. L’écran Aujourd’hui affiche les programmes pour les mauvais jours à un niveau doux, rien ne devient plus difficile et votre marche reste la même. Chaque jour, Limber vous demande comment va votre dos. Le mode crise s’arrête tout seul quand votre douleur est revenue à un point près de votre niveau habituel ({ $usual }) deux jours de suite, ou dès que vous l’arrêtez.
coach-flare-auto-started = { $pain }, c’est bien au-dessus de votre niveau habituel ({ $usual }) : Limber a donc activé votre mode crise, avec des programmes doux pour les mauvais jours, et rien ne devient plus difficile. Le mode crise s’arrête tout seul quand votre douleur est revenue à un point près de votre niveau habituel ({ $usual }) deux jours de suite, ou dès que vous l’arrêtez.
coach-flare-settled = Votre douleur est revenue près de votre niveau habituel ({ $usual }) depuis deux jours : le mode crise est terminé et vous reprenez les programmes « { $stage } ». Progressez en douceur à partir de maintenant.
coach-flare-near = Merci : { $pain }, c’est proche de votre niveau habituel ({ $usual }). Si ça reste ainsi demain, le mode crise s’arrête.
coach-flare-still = Merci. Continuez en douceur. Le mode crise s’arrête tout seul quand votre douleur est revenue à un point près de votre niveau habituel ({ $usual }) deux jours de suite, ou dès que vous l’arrêtez.
coach-flare-ended = Le mode crise est désactivé : vous reprenez les programmes « { $stage } ». Progressez en douceur.

## La page de la crise.
coach-flare-back = ‹ Aujourd’hui
coach-flare-title = Mon dos est en crise
coach-flare-lead = Les crises sont fréquentes et se calment en général en quelques jours à quelques semaines. Voici ce qui aide, et un plan pour continuer à bouger en douceur en attendant.
coach-flare-pick-pain = Indiquez d’abord l’intensité, de 0 à 10.
coach-flare-plan-day = Mode crise · jour { $day }
coach-flare-checked-in = Réponse du jour enregistrée
coach-flare-how-today = Comment va votre dos aujourd’hui ?
coach-flare-plan-on = Programmes pour les mauvais jours à un niveau doux, rien ne devient plus difficile et votre marche reste la même. Le mode crise s’arrête tout seul quand votre douleur est revenue à un point près de votre niveau habituel ({ $usual }) deux jours de suite, ou dès que vous l’arrêtez.
coach-flare-pain-today = Votre douleur aujourd’hui (0 à 10)
coach-flare-update = Modifier la réponse du jour
coach-flare-save = Enregistrer la réponse du jour
coach-flare-end = Mon dos s’est calmé : arrêter le mode crise
coach-flare-plan = Mode crise
coach-flare-switch-title = Passer votre plan en mode crise
coach-flare-switch-why = Jusqu’à ce que ça se calme : les programmes pour les mauvais jours, rien ne devient plus difficile, votre marche reste la même, et une question par jour.
coach-flare-pain-now = Quelle est l’intensité en ce moment ? (0 à 10)
coach-flare-switch = Passer en mode crise
coach-flare-no-plan-title = Des programmes doux pour les mauvais jours
coach-flare-no-plan-why = Créez d’abord un plan, et Limber pourra le passer en mode crise pour vous. En attendant, les programmes pour les mauvais jours sont prêts.
coach-flare-see-routines = Voir les programmes

## Les réponses du premier lancement et le plan qui en découle.
coach-duration-under-six-weeks = Moins de 6 semaines
coach-duration-longer = Plus de 6 semaines
coach-duration-keeps-coming-back = Elle revient sans cesse
coach-activity-little = Presque pas en ce moment
coach-activity-some = Un peu de marche et les tâches du quotidien
coach-activity-active = Je bouge la plupart des jours
coach-answer-pain-range = Indiquez votre douleur de 0 à 10.
coach-answer-no-days = Choisissez au moins un jour.
coach-answer-bad-time = Choisissez une heure.
coach-answer-too-many-activities = Trois activités au maximum, s’il vous plaît.
coach-answer-activity-name = Donnez à chaque activité un nom court (60 caractères au maximum).
coach-answer-activity-score = Notez chaque activité de 0 à 10.
coach-common-activity-1 = Mettre ses chaussettes
coach-common-activity-2 = Position assise prolongée
coach-common-activity-3 = Marcher
coach-common-activity-4 = Porter un sac
coach-common-activity-5 = Dormir
coach-rate-prompt = Notez « { $name } » de 0 à 10, ou supprimez-la.
coach-start-flare-high = Vous commencez par les programmes pour les mauvais jours : à { $pain } sur 10, des mouvements lents et doux, surtout en position allongée, sont la bonne première étape.
coach-start-flare-recent = Vous commencez par les programmes pour les mauvais jours : votre douleur est à { $pain } sur 10 et a commencé au cours des six dernières semaines, donc les premières séances sont lentes et douces.
coach-start-flare-inactive = Vous commencez par les programmes pour les mauvais jours : avec une douleur à { $pain } sur 10 et peu d’activité en ce moment, des séances douces d’abord permettent à votre dos de s’habituer.
coach-start-maintaining = Vous commencez par les programmes « Entretenir » : votre douleur est faible ({ $pain } sur 10) et vous bougez déjà beaucoup, donc le plan garde votre dos fort et souple.
coach-start-building = Vous commencez par les programmes « Progresser » : à { $pain } sur 10, des séances régulières qui montent d’un cran dès qu’elles deviennent confortables vous conviennent, et le plan s’adapte au déroulement de chaque séance.
coach-schedule = { $days } à { $time }
coach-days-none = aucun jour
coach-days-every = tous les jours

## Progression : comment chaque séance a compté, et pourquoi le niveau du jour est celui-ci.
## Les noms de programmes sont entre « … ».

coach-flare-why-too-hard = c’était trop difficile
coach-flare-why-morning = c’était pire le lendemain matin
coach-flare-why-morning-worse = c’était pire le lendemain matin, avec une douleur à { $pain } contre { $before } avant
coach-flare-why-morning-pain = votre douleur était à { $pain } le lendemain matin, contre { $before } avant
coach-flare-why-rose = votre douleur est passée de { $before } à { $after }
coach-flare-why-reached = votre douleur a atteint { $after }

coach-outcome-flare = Séance comptée comme une crise : { $why }.
coach-outcome-good = Séance comptée comme bonne : { $felt ->
    [too-easy] c’était trop facile
    [about-right] c’était juste bien
    [too-hard] c’était trop difficile
   *[none] ça s’est bien passé
}.
coach-outcome-good-settled = Séance comptée comme bonne : { $felt ->
    [too-easy] c’était trop facile
    [about-right] c’était juste bien
    [too-hard] c’était trop difficile
   *[none] ça s’est bien passé
}, et la douleur s’était calmée le lendemain matin.
coach-outcome-unanswered = Ni montée ni descente : vous n’avez pas répondu à toutes les questions.
coach-outcome-stopped = Ni montée ni descente : la séance a été arrêtée avant la fin.
coach-outcome-steady = Ni montée ni descente : ce n’était pas tout à fait une séance facile et sans douleur.
coach-outcome-steady-settled = Ni montée ni descente : ce n’était pas tout à fait une séance facile et sans douleur, mais la douleur s’était calmée le lendemain matin.

coach-progress-towards = { $done } sur { $needed ->
    [one] { $needed } bonne séance
    [many] { $needed } bonnes séances
   *[other] { $needed } bonnes séances
} avant « { $level } ».

coach-why-first-after-flare = Première fois avec « { $routine } », un cran plus facile : votre dos a fait une crise { $when ->
    [today] aujourd’hui
    [yesterday] hier
   *[recently] récemment
} ({ $why } avec « { $flared } »).
coach-why-first = Première fois avec « { $routine } » : commencez au niveau standard et voyez comment ça se passe.
coach-why-gentler-last = « { $routine } » en plus doux aujourd’hui : la dernière fois, { $why }.
coach-why-gentler-other = « { $routine } » en plus doux aujourd’hui : votre dos a fait une crise { $when ->
    [today] aujourd’hui
    [yesterday] hier
   *[recently] récemment
} ({ $why } avec « { $flared } »).
coach-why-gentlest-last = « { $routine } » de nouveau au niveau le plus doux : la dernière fois, { $why }. Si les crises continuent, parlez-en à un professionnel de santé.
coach-why-gentlest-other = « { $routine } » de nouveau au niveau le plus doux : votre dos a fait une crise { $when ->
    [today] aujourd’hui
    [yesterday] hier
   *[recently] récemment
} ({ $why } avec « { $flared } »). Si les crises continuent, parlez-en à un professionnel de santé.
coach-why-top = « { $routine } » à son niveau le plus difficile : gardez ce rythme et profitez-en.
coach-why-same = Même niveau que la dernière fois : il augmente après { $left ->
    [one] { $left } séance de plus ressentie
    [many] { $left } séances de plus ressenties
   *[other] { $left } séances de plus ressenties
} comme juste bien, sans hausse de la douleur (ou deux de suite ressenties comme trop faciles).
coach-why-held = Même niveau aujourd’hui : votre dos a fait une crise { $when ->
    [today] aujourd’hui
    [yesterday] hier
   *[recently] récemment
} ({ $why } avec « { $flared } »), donc pas de niveau supérieur avant que ça se calme.
coach-why-harder-easy = « { $routine } » un cran plus difficile aujourd’hui : vos deux dernières séances étaient trop faciles, sans hausse de la douleur.
coach-why-harder = « { $routine } » un cran plus difficile aujourd’hui : vos trois dernières séances { $felt ->
    [easy] étaient faciles
    [right] étaient juste bien
   *[mixed] étaient faciles ou juste bien
} et la douleur { $steady ->
    [same] est restée à { $top }
   *[lower] est restée à { $top } ou moins
}.
coach-why-flare-plan = Plus facile tant que votre mode crise est activé : bouger en douceur aide une crise à se calmer, et rien ne devient plus difficile d’ici là.

## Une crise récente, sur Aujourd'hui.
coach-flare-note = Votre dos a fait une crise après « { $routine } » { $when ->
    [today] aujourd’hui
    [yesterday] hier
   *[recently] récemment
} ({ $why }). Faites une séance douce aujourd’hui, et si la douleur ne s’est pas calmée d’ici un ou deux jours, ou continue de s’aggraver, parlez-en à un professionnel de santé.
coach-flare-note-rest-day = Votre dos a fait une crise après « { $routine } » { $when ->
    [today] aujourd’hui
    [yesterday] hier
   *[recently] récemment
} ({ $why }). Aujourd’hui est un jour de repos : reposez-vous, et faites une marche facile si vous vous sentez bien. Si la douleur ne s’est pas calmée d’ici un ou deux jours, ou continue de s’aggraver, parlez-en à un professionnel de santé. Votre prochaine séance : { $next }.

## La marche du jour, et pourquoi.
coach-walk-flare = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} de marche tranquille, pas plus que la semaine dernière, le temps que votre dos se calme.
coach-walk-first = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} de marche tranquille, ou de natation ou de vélo si vous préférez. Lentement, c’est très bien.
coach-walk-cap = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} de marche, de natation ou de vélo : tout ce que demande le plan. Bravo.
coach-walk-up = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} : un peu plus que { $from }, car la semaine dernière vous avez marché environ { $from ->
    [one] { $from } minute
    [many] { $from } minutes
   *[other] { $from } minutes
} pendant au moins { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
}.
coach-walk-not-done = Encore { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} : ça augmente après une semaine avec { $needed ->
    [one] { $needed } marche
    [many] { $needed } marches
   *[other] { $needed } marches
} d’environ { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
}, et la semaine dernière { $walks ->
    [0] n’en comptait aucune
    [one] en comptait { $walks }
    [many] en comptait { $walks }
   *[other] en comptait { $walks }
}.
coach-walk-flared = Encore { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
} : votre dos a fait une crise la semaine dernière, donc on ne change rien pour l’instant.

## Le bilan hebdomadaire.
coach-checkin-title = Bilan de la semaine
coach-checkin-intro = Une minute pour voir comment les choses évoluent. Seule la question sur la douleur est nécessaire ; passez les autres si vous voulez.
coach-checkin-pain-label = Quelle est l’intensité de votre mal de dos aujourd’hui ?
coach-checkin-activity-label = { $activity } : à quel point y arrivez-vous maintenant ?
coach-checkin-pick-pain = Indiquez d’abord votre douleur de 0 à 10.
coach-checkin-save = Enregistrer le bilan
coach-checkin-first-later = Votre premier bilan hebdomadaire arrive une semaine après la création de votre plan.
coach-checkin-trend-title = Bilans hebdomadaires
coach-checkin-pain-series = Douleur
coach-checkin-chart-caption = La douleur et vos activités à chaque bilan (0 à 10)
coach-checkin-pain-down = la douleur est passée de { $from } à { $to }
coach-checkin-pain-up = la douleur est montée de { $from } à { $to }
coach-checkin-easier = « { $activity } » est plus facile ({ $from } → { $to })
coach-checkin-harder = « { $activity } » est plus difficile ({ $from } → { $to })
coach-checkin-no-change = Pas de grand changement depuis le début pour l’instant. Rester stable, c’est bien : continuez.
coach-checkin-better = Depuis le début, { $better }.
coach-checkin-worse = Depuis le début, { $worse }. Si ça continue de s’aggraver, parlez-en à un professionnel de santé.
coach-checkin-mixed = Depuis le début, { $better } ; mais { $worse }.

## La partie du plan sur Aujourd'hui.
coach-hero-start = Commencer
coach-hero-whats-in-it = Contenu
coach-hero-why-level = Pourquoi ce niveau ?
coach-hero-rest = Repos, et une marche si vous voulez
coach-hero-rest-walk = Repos, et une marche tranquille de { $minutes } minutes
coach-hero-log-walk = Noter une marche
coach-hero-second = Ou une séance si vous en avez envie : « { $routine } », environ { $minutes } min
coach-hero-today = Aujourd’hui
coach-hero-history = Votre historique
coach-plan-when = Votre plan : { $schedule }.
coach-plan-reminders = Ajouter des rappels à mon agenda
coach-plan-reminders-saved = Ouvrez le fichier pour ajouter les rappels à votre agenda.
coach-plan-reminders-failed = Votre navigateur n’a pas voulu enregistrer le fichier.
coach-reminder-title = Limber : quelques minutes pour votre dos
coach-reminder-description = C’est l’heure de votre programme doux pour le dos. Ouvrez Limber pour commencer.
coach-also-today = Aussi aujourd’hui
coach-checkin-prompt = Une minute pour voir comment les choses évoluent.
coach-checkin-open = Faire le bilan
coach-checkin-saved = Bilan enregistré.
coach-checkin-see-changes = Voir comment les choses évoluent
coach-not-now = Pas maintenant
coach-walk-title = { $minutes ->
    [one] Une marche de { $minutes } minute
    [many] Une marche de { $minutes } minutes
   *[other] Une marche de { $minutes } minutes
}
coach-walk-none-this-week = Aucune activité d’endurance notée cette semaine pour l’instant.
coach-walk-this-week = Cette semaine pour l’instant : { $minutes } min de marche, de natation ou de vélo.
coach-log-it = Noter
coach-flare-row-thanks = Merci pour votre réponse du jour. Allez-y doucement.
coach-flare-row-above = Votre réponse à la question ci-dessus compte pour aujourd’hui.
coach-flare-row-open = Ouvrir
coach-flare-row-settled = Votre dos s’est calmé : retour aux programmes « { $stage } ».
coach-flare-row-calm = Un plan calme pour les mauvais jours

## « Pourquoi ce niveau ».
coach-why-title = Pourquoi ce niveau
coach-why-last-sessions = Vos dernières séances
coach-why-your-walking = Votre marche
coach-why-no-sessions = Pas encore de séance : la première commence au niveau standard.
coach-why-next-morning = Le lendemain matin : { $compared ->
    [better] mieux
    [worse] moins bien
   *[same] à peu près pareil
}.
coach-why-session-head = { $date } · « { $routine } » · { $level }
coach-why-next-up = À suivre · { $stage }
coach-why-routine-level = { $routine } : { $level }
coach-why-flare-on = Votre mode crise est activé (jour { $day }) : les programmes pour les mauvais jours, et rien n’augmente avant que ça se calme.
coach-why-how-it-works = Comment ça marche : chaque programme monte d’un cran après { $steps ->
    [one] { $steps } séance de suite
    [many] { $steps } séances de suite
   *[other] { $steps } séances de suite
} ressenties comme juste bien ou faciles, sans hausse de la douleur (ou { $easy ->
    [one] { $easy } séance de suite
    [many] { $easy } séances de suite
   *[other] { $easy } séances de suite
} ressenties comme trop faciles), et la séance suivante redescend d’un cran après une crise. Le lendemain matin a le dernier mot : moins bien signifie une crise, calmé signifie que ça s’est bien passé.
