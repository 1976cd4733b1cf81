### Français. Ce qui vous freine : un court questionnaire de sept questions sur ce qui tend à
### entretenir le mal de dos (la gêne, la peur de bouger, l’inquiétude, le moral, le sommeil, la
### confiance, le travail et la vie quotidienne), son résultat, et le sommeil et le moral dans le
### bilan hebdomadaire. Jamais un diagnostic, jamais alarmiste ; pas de scores en chiffres. Nos
### propres mots, pas ceux d’un questionnaire publié. Voir locales/fr/STYLE.md.

## Le questionnaire, une question à la fois

outlook-title = Ce qui vous freine
outlook-intro = Sept questions rapides sur ce que votre mal de dos change dans votre vie. Vos réponses aident Limber à vous proposer le soutien qui vous convient. Cela prend environ deux minutes, et il n’y a pas de mauvaise réponse.
outlook-private = Vos réponses restent sur ce téléphone.
outlook-start = Commencer les questions
outlook-not-now = Pas maintenant
outlook-back = Retour
# Au-dessus de chaque question.
# Variables:
#   $number (Number) - le numéro de la question, à partir de 1
#   $total (Number) - le nombre de questions
outlook-progress = Question { $number } sur { $total }
# Pour s’arrêter en cours de route ; rien n’est gardé.
outlook-stop = Arrêter ici
outlook-lead-in = Pensez aux deux dernières semaines.

# Les questions. Chacune a cinq réponses, de l’absence de difficulté (0) à énormément (4).
outlook-q-bother = À quel point votre dos vous a-t-il posé problème ?
outlook-a-bother-0 = Pas du tout
outlook-a-bother-1 = Un peu
outlook-a-bother-2 = Moyennement
outlook-a-bother-3 = Beaucoup
outlook-a-bother-4 = Énormément
outlook-q-fear = « Bouger pourrait vraiment faire du mal à mon dos. » À quel point êtes-vous d’accord ?
outlook-a-fear-0 = Pas du tout
outlook-a-fear-1 = Un peu
outlook-a-fear-2 = Moyennement
outlook-a-fear-3 = Beaucoup
outlook-a-fear-4 = Complètement
outlook-q-worry = « Mon dos n’ira jamais mieux. » À quelle fréquence cette pensée vous est-elle venue ?
outlook-a-worry-0 = Jamais
outlook-a-worry-1 = Une ou deux fois
outlook-a-worry-2 = Parfois
outlook-a-worry-3 = Souvent
outlook-a-worry-4 = Presque tout le temps
outlook-q-mood = À quelle fréquence avez-vous eu le moral bas, ou perdu l’envie de faire ce qui vous plaît d’habitude ?
outlook-a-mood-0 = Jamais
outlook-a-mood-1 = Quelques jours
outlook-a-mood-2 = Environ un jour sur deux
outlook-a-mood-3 = La plupart des jours
outlook-a-mood-4 = Presque tous les jours
outlook-q-sleep = À quel point votre sommeil a-t-il été perturbé par votre dos, ou par l’inquiétude qu’il vous cause ?
outlook-a-sleep-0 = Pas du tout
outlook-a-sleep-1 = Un peu
outlook-a-sleep-2 = Certaines nuits
outlook-a-sleep-3 = La plupart des nuits
outlook-a-sleep-4 = Presque toutes les nuits
outlook-q-confidence = À quel point avez-vous confiance en votre capacité à faire vos activités de tous les jours, même avec un peu de douleur ?
outlook-a-confidence-0 = Totalement
outlook-a-confidence-1 = Beaucoup
outlook-a-confidence-2 = Moyennement
outlook-a-confidence-3 = Peu
outlook-a-confidence-4 = Pas du tout
outlook-q-roles = À quel point votre dos a-t-il gêné votre travail, le fait de vous occuper des autres ou de tenir votre maison ?
outlook-a-roles-0 = Pas du tout
outlook-a-roles-1 = Un peu
outlook-a-roles-2 = Moyennement
outlook-a-roles-3 = Beaucoup
outlook-a-roles-4 = Je n’y arrive presque plus

# Noms courts des questions, chacun une sorte de difficulté, sans article, dans les listes
# (« peur de bouger et sommeil perturbé ») et comme lignes des tableaux dont les cases disent
# à quel point (outlook-cell : « Pas du tout » … « Énormément »).
outlook-short-bother = gêne liée au dos
outlook-short-fear = peur de bouger
outlook-short-worry = crainte de ne pas aller mieux
outlook-short-mood = moral bas
outlook-short-sleep = sommeil perturbé
outlook-short-confidence = peu de confiance au quotidien
outlook-short-roles = difficultés au travail et au quotidien

# Une réponse en mots dans un tableau, jamais en chiffre : de l’absence de difficulté (0) à énormément (4).
# Variables:
#   $score (Number) - la réponse, de 0 à 4
outlook-cell = { $score ->
    [0] Pas du tout
    [1] Un peu
    [2] Moyennement
    [3] Beaucoup
   *[4] Énormément
}

## Le résultat

outlook-result-programme-title = Continuez votre programme
outlook-result-extra-title = Un soutien en plus pourrait vous aider
outlook-result-programme-none = Rien ne ressort particulièrement de vos réponses. Le mal de dos complique souvent la vie dans les petites choses, et c’est normal. Bouger régulièrement, pas à pas, est la meilleure chose à faire, et votre programme est conçu pour ça.
# Variables:
#   $named (String) - ce qui ressort, en liste (« sommeil perturbé et peu de confiance au quotidien »)
outlook-result-programme-some = Ce qui ressort de vos réponses : { $named }. Les leçons sur ces sujets sont maintenant en tête de votre cours. Bouger régulièrement, pas à pas, reste la meilleure chose à faire, et votre programme est conçu pour ça.
# Variables:
#   $named (String) - ce qui ressort, en liste (« peur de bouger et moral bas »)
outlook-result-extra = Ce qui ressort de vos réponses : { $named }. C’est fréquent avec le mal de dos, et cela peut entretenir la douleur. Trois choses aident : les leçons sur ces sujets, maintenant en tête de votre cours ; les séances de calme ; et parler à un kinésithérapeute ou à un médecin d’un programme qui associe l’exercice à un accompagnement pour les pensées et les émotions. Beaucoup de personnes trouvent que ce type d’aide change vraiment les choses.
outlook-result-lessons = À lire en premier
outlook-result-calm = Essayer une séance de calme
outlook-result-done = Retour à Aujourd’hui
outlook-result-goal = Fixer un objectif personnel
# Affiché, quelles que soient les autres réponses, quand la réponse la plus basse sur le moral a été donnée.
# Variables:
#   $number (String) - le numéro d’urgence du lieu où se trouve la personne
outlook-help-now = Vous avez dit avoir eu le moral bas presque tous les jours. Vous n’avez pas à gérer cela sans aide : parlez-en bientôt à votre médecin, ou dès aujourd’hui à une personne de confiance. Si un jour vous sentez que vous pourriez ne pas être en sécurité, appelez le { $number } tout de suite.
outlook-not-diagnosis = Ceci n’est pas un diagnostic. Cela aide Limber à vous orienter vers ce qui peut vous aider le plus.
outlook-rule-title = Comment Limber lit vos réponses
# La règle, dite en entier sur l’écran du résultat et dans le bilan.
outlook-rule = Comment Limber lit les réponses : une réponse ressort quand elle fait partie des deux plus fortes des cinq proposées. Quand la peur de bouger, la crainte de ne pas aller mieux ou le moral bas ressortent, Limber propose un soutien en plus : d’abord les leçons sur ces sujets, les séances de calme, et parler à un kinésithérapeute ou à un médecin d’une aide combinée. Sinon, Limber propose le programme, avec d’abord les leçons sur ce qui ressort. La réponse qui traduit le moral le plus bas ajoute toujours une ligne qui indique où trouver de l’aide.
# Une ligne par questionnaire dans l’historique et dans le bilan.
outlook-line-none = Rien ne ressort. Suggestion : le programme.
# Variables:
#   $named (String) - ce qui ressort, en liste
outlook-line-programme = Ce qui ressort : { $named }. Suggestion : le programme, avec d’abord les leçons sur ces sujets.
# Variables:
#   $named (String) - ce qui ressort, en liste
outlook-line-extra = Ce qui ressort : { $named }. Suggestion : un soutien en plus, avec d’abord les leçons sur ces sujets.
outlook-history-title = Vos réponses au fil du temps
outlook-history-question = Question
# Variables:
#   $date (Date) - le jour du dernier questionnaire
#   $next (Date) - le jour où il est de nouveau proposé
outlook-history-next = Dernières réponses le { $date }. Limber vous reposera les questions à partir du { $next }.
outlook-saved-error = Vos réponses n’ont pas pu être enregistrées.

## Sur Aujourd’hui

outlook-row-title = Ce qui vous freine
outlook-row-first = 7 questions, environ 2 minutes
outlook-row-again = 4 semaines après : de nouveau 7 questions
outlook-row-open = Commencer

## Le bilan hebdomadaire : le sommeil et le moral, une réponse chacun

checkin-sleep-label = Comment avez-vous dormi cette semaine ?
# Variables:
#   $score (Number) - de 0 (très mal) à 4 (très bien)
checkin-sleep = { $score ->
    [0] Très mal
    [1] Mal
    [2] Moyennement
    [3] Bien
   *[4] Très bien
}
checkin-mood-label = Comment était votre moral cette semaine ?
# Variables:
#   $score (Number) - de 0 (très bas) à 4 (très bon)
checkin-mood = { $score ->
    [0] Très bas
    [1] Bas
    [2] Moyen
    [3] Bon
   *[4] Très bon
}
checkin-optional = Facultatif : appuyez sur une réponse, ou passez.

## Aperçu : le sommeil et le moral à côté de la douleur

insights-sleep-mood-title = Sommeil, moral et douleur
insights-sleep-mood-lead = Ce que vous avez indiqué à chaque bilan hebdomadaire, côte à côte. Cela peut vous aider à repérer des tendances ; cela ne montre pas ce qui cause quoi.
insights-sleep-mood-empty = Vos bilans hebdomadaires rempliront ce tableau : comment vous avez dormi et comment était votre moral, à côté de votre douleur.
insights-sleep-mood-date = Bilan
insights-sleep-mood-pain = Douleur
insights-sleep-mood-sleep = Sommeil
insights-sleep-mood-mood = Moral
# Variables:
#   $pain (Number) - la douleur au bilan, de 0 à 10
insights-sleep-mood-pain-cell = { $pain }/10
insights-sleep-mood-none = non indiqué

## Le bilan (lu par un professionnel : « la personne », pas « vous »)

report-outlook-title = Ce qui freine la personne
report-outlook-none = La personne n’a pas encore répondu aux questions sur ce qui la freine.
# Answered, but not on a day of the report's dates.
report-outlook-none-in-range = Pas de réponses entre ces dates.
# Variables:
#   $count (Number) - combien de fois les questions ont été remplies
report-outlook-count = { $count ->
    [one] Questions remplies { $count } fois. Chaque réponse est indiquée en mots, selon le degré de difficulté : de « Pas du tout » à « Énormément ».
   *[other] Questions remplies { $count } fois. Chaque réponse est indiquée en mots, selon le degré de difficulté : de « Pas du tout » à « Énormément ».
}
report-goals-title = Objectifs et plans de la semaine
report-goals-none = Aucun objectif fixé pour l’instant.
