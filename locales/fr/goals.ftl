### Français. Les objectifs personnels et leurs plans de la semaine : quoi, quels jours, où,
### combien, et un plan « si… alors » pour ce qui pourrait faire obstacle. Les mots de la
### personne sont insérés tels qu’elle les a écrits : chaque phrase doit fonctionner avec
### n’importe quelle expression. Voir locales/fr/STYLE.md.

## L’écran des objectifs

goals-title = Vos objectifs
goals-lead = Un objectif personnel donne un sens à l’exercice. Choisissez quelque chose que vous aimeriez refaire, et prévoyez une petite étape chaque semaine.
goals-examples = Par exemple : « Marcher jusqu’au parc avec mon petit-fils », « Jardiner une heure », « Regarder un film en entier ».
goals-new = Nouvel objectif
goals-text-label = Votre objectif, avec vos propres mots
goals-text-placeholder = Marcher jusqu’au parc avec mon petit-fils
goals-activity-label = Lié à (facultatif)
goals-activity-none = Rien de particulier
goals-add = Enregistrer l’objectif
# Variables:
#   $max (Number) - le nombre d’objectifs possibles en même temps (3)
goals-full = Vous avez { $max } objectifs en cours, le maximum en même temps. Marquez-en un comme atteint ou mettez-le de côté pour en ajouter un autre.
goals-reached = Je l’ai atteint
goals-set-aside = Le mettre de côté
# Variables:
#   $date (Date) - le jour où il a été atteint
goals-reached-on = Atteint le { $date }. Bravo.
# Variables:
#   $date (Date) - le jour où il a été mis de côté
goals-set-aside-on = Mis de côté le { $date }.
goals-done-title = Atteints ou mis de côté
goals-no-plan = Pas encore de plan pour cette semaine.
goals-plan-this-week = Prévoir cette semaine
goals-change-plan = Modifier le plan de la semaine
# Variables:
#   $activity (String) - l’activité, avec les mots de la personne
goals-linked = Lié à « { $activity } »

## Le formulaire du plan de la semaine (objectifs et programme de marche)

goals-plan-title = Le plan de la semaine
goals-plan-lead = Mieux vaut une petite étape sûre qu’une grande étape fragile : prévoyez-en une dont vous vous sentez capable à coup sûr.
goals-what-label = Qu’allez-vous faire ?
goals-what-placeholder = Marcher
goals-days-label = Quels jours ?
goals-place-label = Où ? (facultatif)
goals-place-placeholder = Autour du parc
goals-amount-label = Combien à chaque fois ?
# The label (for screen readers) of the choice between minutes and times.
goals-unit-label = Compté en
goals-unit-minutes = minutes
goals-unit-times = fois
goals-if-title = Si quelque chose vous en empêche (facultatif)
goals-if-lead = Pensez à ce qui risque le plus de vous arrêter, et à ce que vous ferez à la place.
goals-if-label = Si…
goals-if-placeholder = le temps est à la pluie
goals-then-label = alors…
goals-then-placeholder = je marche dans le centre commercial
goals-plan-save = Enregistrer le plan
# La semaine du programme de marche : le quoi et le combien viennent du programme.
goals-walk-plan-title = Prévoir les marches de la semaine
# Variables:
#   $walks (Number) - les marches de la semaine
#   $minutes (Number) - les minutes de chacune
goals-walk-plan-fixed = { $walks ->
    [one] Cette semaine : { $walks } marche de { $minutes } minutes. Choisissez le jour, et où marcher.
   *[other] Cette semaine : { $walks } marches de { $minutes } minutes. Choisissez les jours, et où marcher.
}
goals-walk-plan-open = Prévoir la semaine
# Sous les marches de la semaine, sur Aujourd’hui : les jours choisis.
# Variables:
#   $days (String) - les jours, en liste (« lun., mer. et sam. »)
goals-walk-days = Vos jours de marche : { $days }.
# Variables:
#   $walks (Number) - les marches demandées par le programme cette semaine
goals-error-walk-days = { $walks ->
    [one] Choisissez { $walks } jour pour votre marche.
   *[other] Choisissez { $walks } jours pour vos marches.
}

## Les phrases construites à partir du plan

# Une étape : quoi, combien de minutes à chaque fois, quels jours.
# Variables:
#   $what (String) - quoi, avec les mots de la personne (« Marcher »)
#   $amount (Number) - les minutes à chaque fois
#   $days (String) - les jours, en liste (« lun., mer. et sam. »)
goals-step-minutes = { $amount ->
    [one] { $what }, { $amount } minute ({ $days }).
   *[other] { $what }, { $amount } minutes ({ $days }).
}
# Une étape : quoi, combien de fois, quels jours.
# Variables:
#   $what (String) - quoi, avec les mots de la personne (« Se lever du canapé »)
#   $amount (Number) - combien de fois chaque jour
#   $days (String) - les jours, en liste (« lun., mer. et sam. »)
goals-step-times = { $amount ->
    [one] { $what }, { $amount } fois ({ $days }).
   *[other] { $what }, { $amount } fois ({ $days }).
}
# Variables:
#   $place (String) - où, avec les mots de la personne
goals-place = Où : { $place }.
# Le plan « si… alors », avec les mots de la personne pour les deux parties.
# Variables:
#   $if (String) - ce qui pourrait faire obstacle (« le temps est à la pluie »)
#   $then (String) - ce que la personne fera alors (« je marche dans le centre commercial »)
goals-if-then = Si { $if }, alors { $then }.

## Les erreurs

goals-error-empty = Écrivez votre objectif en quelques mots.
# Variables:
#   $max (Number) - la longueur maximale, en caractères
goals-error-long = { $max } caractères au maximum, s’il vous plaît.
goals-error-what = Indiquez ce que vous allez faire.
goals-error-days = Choisissez au moins un jour.
# Variables:
#   $max (Number) - le maximum autorisé
goals-error-amount = Combien : choisissez un nombre de 1 à { $max }.
goals-error-if-then = Remplissez les deux parties du plan « si… alors », ou laissez-les vides toutes les deux.
# Variables:
#   $max (Number) - le nombre d’objectifs possibles en même temps (3)
goals-error-full = Vous avez { $max } objectifs en cours. Marquez-en d’abord un comme atteint, ou mettez-le de côté.

## Sur « Comprendre » : l’accès aux questions et aux objectifs

goals-learn-title = Votre plan pour aller mieux
goals-learn-check = Sept questions sur ce qui peut vous freiner, et ce qui pourrait aider
goals-learn-goals = Des objectifs à vous, avec un petit pas chaque semaine

## Sur Aujourd’hui

goals-row-none = Un objectif personnel, avec une petite étape chaque semaine, aide à tenir dans la durée.
goals-row-set = Fixer un objectif
# Variables:
#   $goal (String) - l’objectif, avec les mots de la personne
goals-row-today = L’étape du jour pour « { $goal } »
# Variables:
#   $goal (String) - l’objectif, avec les mots de la personne
goals-row-week = Cette semaine pour « { $goal } »
# Variables:
#   $goal (String) - l’objectif, avec les mots de la personne
goals-row-plan = Prévoir l’étape de la semaine pour « { $goal } »
goals-row-open = Ouvrir

## Le bilan hebdomadaire : comment s’est passé le plan de la semaine dernière

# Variables:
#   $goal (String) - l’objectif, avec les mots de la personne
goals-review-title = La semaine dernière pour « { $goal } »
# Variables:
#   $how (String) - done, partly ou not
goals-review-how = { $how ->
    [done] Fait
    [partly] En partie
   *[not] Pas cette fois
}
goals-review-label = Comment ça s’est passé ?
goals-review-next = Et cette semaine ?
# Variables:
#   $step (String) - smaller, same ou bigger
goals-review-step = { $step ->
    [smaller] Une étape plus petite
    [same] La même étape
   *[bigger] Une étape plus grande
}
# Variables:
#   $step (String) - l’étape, telle que la dit goals-step
goals-review-step-is = Cette semaine : { $step }
goals-review-not-done = Une semaine manquée est une information utile, pas un échec : une étape plus petite, ou un meilleur plan « si… alors », suffit en général à arranger les choses.

## Le bilan (lu par un professionnel)

# Variables:
#   $goal (String) - l’objectif, avec les mots de la personne
#   $date (Date) - le jour où il a été fixé
goals-report-goal = « { $goal } », fixé le { $date }.
# Variables:
#   $date (Date) - le jour
goals-report-reached = Atteint le { $date }.
# Variables:
#   $date (Date) - le jour
goals-report-set-aside = Mis de côté le { $date }.
# Variables:
#   $step (String) - le plan, tel que le dit goals-step
goals-report-plan = Plan de la semaine : { $step }
goals-report-no-reviews = Aucune semaine évaluée pour l’instant.
# Variables:
#   $weeks (Number) - les semaines évaluées
#   $done (Number) - faites comme prévu
#   $partly (Number) - faites en partie
#   $not (Number) - pas faites
goals-report-weeks = Semaines évaluées : { $weeks } (fait : { $done }, en partie : { $partly }, pas fait : { $not }).
