### Français : Réglages, vos données (sauvegardes, import, problèmes de stockage), le premier lancement.

## La liste des réglages

more-settings-title = Réglages
more-settings-back = ‹ Réglages
more-section-week = Ma semaine
more-section-session = Pendant une séance
more-section-display = Affichage et unités
more-section-data = Vos données
more-section-install = Écran d’accueil
more-section-about = À propos de Limber
more-summary-exercise-days = Exercice : { $days }
more-summary-data =
    { $count ->
        [0] Rien d’enregistré pour l’instant
        [one] { $count } séance sur cet appareil
        [many] { $count } séances sur cet appareil
       *[other] { $count } séances sur cet appareil
    }
more-summary-install = S’ouvre en plein écran et fonctionne hors ligne
more-summary-about = Des conseils généraux, pas un diagnostic
more-about-guidance = Limber propose des conseils d’exercice généraux pour les douleurs lombaires du quotidien. Il ne peut rien diagnostiquer. Si votre douleur est intense, s’aggrave, ou s’accompagne d’engourdissements, de faiblesse ou de troubles de la vessie ou des intestins, consultez un médecin sans attendre.
more-about-private = Tout ce que vous enregistrez reste sur cet appareil. Il n’y a pas de compte, et rien n’est envoyé nulle part.
more-about-version = Version { $version }

## Choisir la langue

more-language = Langue
more-language-phone = Comme mon téléphone
more-language-failed = Impossible de charger { $language } pour le moment. Vérifiez votre connexion et réessayez.

## La ligne sous « Pendant une séance »

more-cues-summary =
    { $cues }, { $seconds ->
        [one] { $seconds } seconde
        [many] { $seconds } secondes
       *[other] { $seconds } secondes
    } pour se préparer
more-cues-silent = Silencieux
more-cues-voice = Voix activée
more-cues-sounds = Sons activés
more-cues-vibration = Vibration activée
more-cues-voice-sounds = Voix et sons activés
more-cues-voice-vibration = Voix et vibration activées
more-cues-sounds-vibration = Sons et vibration activés
more-cues-all = Voix, sons et vibration activés

## La ligne sous « Affichage et unités »

more-display-summary =
    { $colours ->
        [light] Clair
        [dark] Sombre
       *[system] Couleurs de l’appareil
    }, { $size ->
        [large] grand texte
        [largest] très grand texte
       *[standard] texte standard
    }, { $units ->
        [imperial] miles et livres
       *[metric] km et kg
    }

## Pendant une séance

more-voice = Voix
more-voice-hint = Annonce chaque exercice quand il commence, et à mi-parcours d’un long maintien.
more-voice-says = Ce que dit la voix
more-count-reps = Compter les répétitions à voix haute
more-count-reps-hint = Un nombre par répétition, au rythme de l’exercice.
more-count-down = Décompter les dernières secondes
more-count-down-hint = « 3, 2, 1 » avant la fin d’un maintien, d’un repos ou de la préparation.
more-say-next = Annoncer la suite
more-say-next-hint = Pendant un repos, ce qui suit ; pendant la préparation, comment se mettre en position.
more-sounds = Sons
more-sounds-hint = De brefs signaux au début et à la fin de chaque étape.
more-vibration = Vibration
more-vibration-hint = Une vibration à chaque changement d’étape, sur les téléphones qui le permettent.
more-voice-default = Celle de l’appareil
more-voice-option = { $name } ({ $lang })
more-voice-sample = Bascule du bassin. Dix fois, lentement.
more-voice-hear = Écouter
more-voice-none = Cet appareil n’a pas encore de voix française ; vous pouvez en ajouter une dans les réglages du téléphone, sous synthèse vocale ou contenu énoncé.
more-get-ready = Temps pour se préparer avant chaque exercice
more-seconds =
    { $count ->
        [one] { $count } seconde
        [many] { $count } secondes
       *[other] { $count } secondes
    }
more-rests = Repos entre les séries
more-rest-shorter = Plus courts
more-rest-suggested = Comme proposé
more-rest-longer = Plus longs
more-screen-on = L’écran reste allumé pendant une séance, si votre navigateur le permet.

## Affichage et unités

more-colours = Couleurs
more-theme-system = Comme mon appareil
more-theme-light = Clair
more-theme-dark = Sombre
more-text-size = Taille du texte
more-size-standard = Standard
more-size-large = Grande
more-size-largest = Très grande
more-animations = Animations
more-motion-system = Comme mon appareil
more-motion-reduce = Moins d’animations
more-motion-full = Afficher les animations
more-units = Unités
more-units-metric = Kilomètres et kilogrammes
more-units-imperial = Miles et livres
more-weight-log = Suivre mon poids
more-weight-log-hint = Ajoute une courbe de poids simple dans Aperçu. Un poids sain soulage votre dos. Désactivé tant que vous ne l’activez pas.

## Ma semaine

more-week-days = Jours d’exercice et de repos
more-week-days-hint = Les jours de repos préservent votre série de jours. Une marche ou une baignade est la bienvenue n’importe quel jour.
more-week-exercise = Exercice
more-week-rest = Repos
more-week-keep-one = Gardez au moins un jour d’exercice dans la semaine.
more-plan = Mon programme
more-plan-none = Pas encore de programme. Quelques questions trouvent votre point de départ.
more-plan-start = C’est parti
more-plan-stage = Niveau de départ : { $stage }.
more-walking = Programme de marche
more-walking-hint = Une semaine de référence avec des marches confortables, puis environ 10 % de plus chaque semaine qui se passe comme prévu, jusqu’à 30 minutes 5 jours par semaine.
more-time-of-day = Heure de la journée
more-redo = Répondre à nouveau aux premières questions
more-redo-group = Répondre à nouveau
more-redo-confirm = Vos séances sont conservées, et ce programme aussi jusqu’à ce que vous enregistriez le nouveau. Si vous indiquez d’autres activités, les bilans hebdomadaires recommencent.
more-redo-start = Commencer les questions
more-cancel = Annuler

## Écran d’accueil

more-install-why = Il s’ouvre alors en plein écran, comme une application, et fonctionne sans connexion internet.
more-install-backup-first = D’abord, enregistrez une sauvegarde.
more-install-backup-why = Sur iPhone et iPad, l’application de l’écran d’accueil a son propre stockage et démarre vide ; ouvrez-y la sauvegarde pour emporter votre historique.
more-install-download = Télécharger une sauvegarde
more-install-button = Installer Limber
more-install-ios = iPhone ou iPad : dans Safari, touchez Partager, puis Sur l’écran d’accueil.
more-install-android = Android : ouvrez le menu du navigateur, puis Installer l’application ou Ajouter à l’écran d’accueil.

## Vos données

more-backup-saved = Sauvegarde enregistrée. Gardez-la en lieu sûr, par exemple dans vos e-mails ou votre stockage en ligne.
more-backup-not-saved = Votre navigateur n’a pas voulu enregistrer le fichier.
more-backup-share-title = Sauvegarde Limber
more-keep-title = Garder une copie
more-keep-private = Tout reste sur cet appareil, dans ce navigateur. Il n’y a pas de compte et rien n’est envoyé nulle part.
more-saved-count =
    { $count ->
        [0] Aucune séance n’est encore enregistrée ici.
        [one] { $count } séance est enregistrée ici.
        [many] { $count } séances sont enregistrées ici.
       *[other] { $count } séances sont enregistrées ici.
    }
more-persist-kept = Votre navigateur a accepté de conserver ces données même quand l’espace manque.
more-persist-may-clear = Votre navigateur peut effacer ces données si l’espace manque ou après des semaines sans utilisation : exportez donc une sauvegarde de temps en temps.
more-persist-unknown = Les navigateurs peuvent effacer les données d’un site après une longue inactivité : exportez donc une sauvegarde de temps en temps.
more-export = Exporter une sauvegarde
more-export-csv = Exporter en CSV
more-import-title = Importer une sauvegarde
more-import-hint = Ouvrez une sauvegarde faite depuis Limber, sur cet appareil ou un autre. Vous voyez son contenu avant que quoi que ce soit ne change.
more-delete-title = Tout supprimer
more-delete-all = Supprimer toutes mes données
more-delete-group = Confirmer la suppression
more-delete-confirm =
    Cela supprime de cet appareil { $count ->
        [one] { $count } séance
        [many] { $count } séances
       *[other] { $count } séances
    } et leurs notes, vos propres programmes et votre suivi du poids. Votre programme et vos réglages restent. C’est définitif. Exportez d’abord une sauvegarde si vous pourriez en avoir besoin.
more-delete-yes = Oui, tout supprimer
more-delete-keep = Garder mes données
more-deleted =
    { $count ->
        [one] { $count } séance supprimée de cet appareil.
        [many] { $count } séances supprimées de cet appareil.
       *[other] { $count } séances supprimées de cet appareil.
    }
more-delete-partly = Tout n’a pas été supprimé. { $problem }

## Importer une sauvegarde

more-import-choose = Choisir un fichier de sauvegarde (.json)
more-import-preview = Aperçu de l’import
more-import-in-file =
    Dans le fichier : { $total ->
        [one] { $total } séance
        [many] { $total } séances
       *[other] { $total } séances
    }, { $new ->
        [one] { $new } nouvelle
        [many] { $new } nouvelles
       *[other] { $new } nouvelles
    }, { $conflicts ->
        [one] { $conflicts } conflit
        [many] { $conflicts } conflits
       *[other] { $conflicts } conflits
    }.
more-import-also = Également dans le fichier : { $more }.
more-extras-plan = votre programme
more-extras-checkins =
    { $count ->
        [one] { $count } bilan hebdomadaire
        [many] { $count } bilans hebdomadaires
       *[other] { $count } bilans hebdomadaires
    }
more-extras-routines =
    { $count ->
        [one] { $count } programme personnel
        [many] { $count } programmes personnels
       *[other] { $count } programmes personnels
    }
more-extras-weight =
    { $count ->
        [one] { $count } mesure de poids
        [many] { $count } mesures de poids
       *[other] { $count } mesures de poids
    }
more-extras-course =
    { $count ->
        [one] { $count } leçon lue
        [many] { $count } de leçons lues
       *[other] { $count } leçons lues
    }
more-extras-calm =
    { $count ->
        [one] { $count } séance de calme
        [many] { $count } de séances de calme
       *[other] { $count } séances de calme
    }
more-extras-checks =
    { $count ->
        [one] { $count } réponse à « Ce qui vous freine »
        [many] { $count } de réponses à « Ce qui vous freine »
       *[other] { $count } réponses à « Ce qui vous freine »
    }
more-extras-goals =
    { $count ->
        [one] { $count } objectif
        [many] { $count } d’objectifs
       *[other] { $count } objectifs
    }
more-extras-settings = vos réglages
more-import-conflicts = Les conflits sont des séances au même identifiant mais aux détails différents ; l’ajout garde une version de chacune.
more-import-add = Ajouter à mon historique
more-import-replace = Remplacer mon historique
more-import-replace-confirm =
    Cela supprime { $here ->
        [one] la séance présente
        [many] les { $here } séances présentes
       *[other] les { $here } séances présentes
    } sur cet appareil et ne garde que les { $total } du fichier.
more-import-replace-also = Sont aussi remplacés par ceux du fichier : { $more }.
more-import-replace-yes = Oui, remplacer
more-import-partly = Vos séances ont été importées, mais pas tout le reste. { $problem } Essayez d’importer à nouveau le fichier.
more-import-replaced =
    C’est fait : votre historique contient maintenant { $count ->
        [one] la séance
        [many] les { $count } séances
       *[other] les { $count } séances
    } du fichier.
more-import-added =
    { $count ->
        [one] C’est fait : { $count } nouvelle séance ajoutée.
        [many] C’est fait : { $count } nouvelles séances ajoutées.
       *[other] C’est fait : { $count } nouvelles séances ajoutées.
    }
more-import-nothing-changed = Rien n’a été modifié. { $problem }

## Pourquoi un fichier ne peut pas être importé

more-import-wrong-type = Ce n’est pas une sauvegarde Limber. Choisissez le fichier .json enregistré avec « Exporter une sauvegarde ».
more-import-too-big = Ce fichier fait { $size } Mo. Les sauvegardes Limber sont bien plus petites, il n’a donc pas été lu.
more-import-truncated = Cette sauvegarde est incomplète, peut-être coupée pendant la copie. Exportez-la à nouveau et réessayez.
more-import-not-json = Ce fichier ne peut pas être lu comme une sauvegarde. Choisissez le fichier .json enregistré avec « Exporter une sauvegarde ».
more-import-not-backup = Ce fichier n’est pas une sauvegarde Limber, rien n’a donc été importé.
more-import-too-new = Cette sauvegarde vient d’une version plus récente de Limber (format { $schema }). Rechargez l’application pour la mettre à jour, puis importez à nouveau.
more-import-checksum = Cette sauvegarde a été modifiée ou abîmée après son enregistrement, elle n’a donc pas été importée.
more-import-bad-record = La séance { $number } du fichier est illisible ({ $reason }), rien n’a donc été importé.
more-import-bad-part =
    { $part ->
        [plan] Le programme du fichier est illisible ({ $reason }), rien n’a donc été importé.
        [safety] Les réponses sur les signes d’alerte du fichier sont illisibles ({ $reason }), rien n’a donc été importé.
        [checkins] Les bilans hebdomadaires du fichier sont illisibles ({ $reason }), rien n’a donc été importé.
        [routines] Vos programmes personnels du fichier sont illisibles ({ $reason }), rien n’a donc été importé.
        [weight] Le suivi du poids du fichier est illisible ({ $reason }), rien n’a donc été importé.
       *[extras] Le programme et les réglages du fichier sont illisibles ({ $reason }), rien n’a donc été importé.
    }
more-reason-answers = ses réponses sont hors limites
more-reason-date = une date est hors limites
more-reason-date-rating = une date ou une note est hors limites
more-reason-routine = un programme est abîmé ou hors limites
more-reason-impossible-date = sa date est impossible
more-reason-too-long = elle dure plus d’une journée
more-reason-id = son identifiant manque ou est trop long
more-reason-note = sa note est trop longue
more-reason-exercises = elle compte trop d’exercices
more-reason-morning = sa réponse du lendemain matin a une date impossible
more-reason-distance = sa distance est impossible
more-reason-weight-many = il contient trop de mesures de poids
more-reason-weight-range = une mesure de poids est hors limites

## Problèmes de stockage : enregistrer

more-not-saved-unreadable =
    { $what ->
        [weight] Votre poids n’a pas pu être enregistré, car la copie enregistrée était illisible. Elle a été mise de côté ; réessayez.
        [routine] Votre programme n’a pas pu être enregistré, car la copie enregistrée était illisible. Elle a été mise de côté ; réessayez.
       *[change] La modification n’a pas pu être enregistrée, car la copie enregistrée était illisible. Elle a été mise de côté ; réessayez.
    }
more-checkins-unreadable = Vos bilans précédents étaient illisibles ; ils ont été mis de côté. Réessayez d’enregistrer.
more-plan-not-saved = Votre programme n’a pas pu être enregistré. Il s’applique pour l’instant, mais pourrait disparaître après un rechargement.

## Problèmes de stockage : lire

more-history-set-aside = Une partie de votre historique enregistré était illisible : Limber l’a mise de côté. Rien n’a été supprimé.
more-history-too-new = Votre historique a été enregistré par une version plus récente de Limber, ouverte dans un autre onglet. Rechargez cette page pour la mettre à jour. Rien n’a été modifié.
more-history-unreadable = Votre historique enregistré est illisible. Il a été laissé exactement tel quel, et les nouvelles séances ne l’écraseront pas.
more-plan-unreadable = Votre programme était illisible : Limber va donc reposer les questions du début. L’ancienne copie a été conservée.
more-checkins-unreadable-start = Vos bilans hebdomadaires étaient illisibles. L’ancienne copie a été conservée, et les nouveaux sont enregistrés à partir de maintenant.
more-routines-unreadable = Vos programmes personnels étaient illisibles. L’ancienne copie a été mise de côté.
more-weight-unreadable = Votre suivi du poids était illisible. L’ancienne copie a été mise de côté.
more-course-unreadable = Votre progression dans le cours était illisible. L’ancienne copie a été mise de côté.
more-recovered =
    { $count ->
        [one] Une ancienne version de Limber, ouverte dans un autre onglet, avait mis { $count } séance de côté. Elle est de retour dans votre historique. Merci de recharger les autres onglets de Limber.
        [many] Une ancienne version de Limber, ouverte dans un autre onglet, avait mis { $count } séances de côté. Elles sont de retour dans votre historique. Merci de recharger les autres onglets de Limber.
       *[other] Une ancienne version de Limber, ouverte dans un autre onglet, avait mis { $count } séances de côté. Elles sont de retour dans votre historique. Merci de recharger les autres onglets de Limber.
    }

## Les détails techniques, sous « Détails »

more-details-kept = Motif : { $reason }. Conservé sous la clé « { $key } ».
more-details-reason = Motif : { $reason }.
more-load-not-json = les données enregistrées sont abîmées ou tronquées ({ $error })
more-load-no-version = les données enregistrées n’ont pas de numéro de version
more-load-too-new = les données enregistrées viennent d’une version plus récente de Limber (format { $found }, cette version lit jusqu’au { $newest }) ; rechargez pour mettre l’application à jour
more-load-unknown-version = les données enregistrées utilisent le format { $version }, que cette version ne connaît pas
more-load-wrong-shape = les données enregistrées n’ont pas la forme attendue ({ $error })

## Notes

more-note-too-long =
    Votre note dépasse de { $over ->
        [one] { $over } caractère
        [many] { $over } caractères
       *[other] { $over } caractères
    }. Raccourcissez-la à { $max } caractères au plus pour l’enregistrer.
more-note-count = { $count } caractères sur { $max }

## Le premier lancement

more-welcome-title = Bienvenue dans Limber
more-welcome-lead = Des programmes courts et guidés pour aider un bas du dos douloureux à bouger plus facilement, à votre rythme.
more-welcome-about = Limber donne des conseils d’exercice généraux pour les maux de dos du quotidien. Ce n’est pas un diagnostic et cela ne remplace pas un professionnel de santé. Tout reste sur cet appareil.
more-welcome-questions = D’abord quelques questions. Elles prennent environ une minute, et vous pourrez modifier chaque réponse plus tard.
more-welcome-start = C’est parti
more-safety-title = D’abord, une vérification de sécurité
more-safety-intro = Certains signes indiquent qu’un dos douloureux doit être vu par un médecin avant tout exercice.
more-next = Suivant
more-back = Retour
more-where-title = Où vous en êtes
more-pain-now = Quelle est l’intensité de votre douleur au dos en ce moment ?
more-how-long = Depuis combien de temps dure-t-elle ?
more-how-much = Combien bougez-vous ces temps-ci ?
more-answer-all = Répondez aux trois questions pour continuer.
more-hard-title = Qu’est-ce qui est difficile en ce moment ?
more-hard-intro = Choisissez jusqu’à trois gestes du quotidien que votre dos rend difficiles. Limber vous les redemandera de temps en temps, pour que vous les voyiez devenir plus faciles. Vous pouvez passer cette étape.
more-hard-common = Les plus courants
more-hard-other = Autre chose
more-hard-placeholder = p. ex. sortir de la voiture
more-hard-add = Ajouter
more-hard-remove = Retirer
more-hard-remove-named = { $name } : Retirer
more-hard-how-well = Dans quelle mesure y arrivez-vous maintenant ?
more-when-title = Quand cela vous convient-il ?
more-when-intro = Choisissez les jours où vous aimeriez faire vos exercices. Trois par semaine, c’est un bon début ; les jours de repos font partie du programme.
more-when-days = Jours d’exercice
more-when-time = Une heure de la journée
more-welcome-walking-hint = La marche est l’un des meilleurs moyens d’éviter que le mal de dos revienne. Une semaine de référence trouve votre rythme, puis la durée augmente jusqu’à 30 minutes 5 jours par semaine.
more-make-plan = Créer mon programme
more-ready-title = Votre programme est prêt
more-your-days = Vos jours
more-first-routine = Premier programme
more-first-routine-value = { $routine }, environ { $minutes } min
more-walking-label = Marche
more-walk-start = { $minutes } minutes pour commencer ; la durée augmente à mesure que vos marches se passent bien
more-if-it-hurts = En cas de douleur
more-ready-note = Chaque séance ajuste la suivante selon son déroulement. Vous pouvez modifier chaque réponse dans les Réglages.
more-first-session = Faire votre première séance maintenant ({ $minutes } min)
more-go-today = Aller à Aujourd’hui

## Le tableau des séances (CSV) : les titres de ses colonnes

more-csv-date = date
more-csv-time = heure
more-csv-routine = programme
more-csv-level = niveau
more-csv-minutes = minutes
more-csv-exercises-done = exercices faits
more-csv-exercises-planned = exercices prévus
more-csv-skipped = passés
more-csv-easier = version plus facile
more-csv-pain-before = douleur avant
more-csv-pain-after = douleur après
more-csv-felt = ressenti
more-csv-note = note
more-csv-distance = distance (km)
more-csv-next-morning = lendemain matin
more-csv-pain-next-morning = douleur le lendemain matin

## The course and calm as CSV

more-export-course-csv = Exporter le cours et le calme (CSV)
more-csv-kind = type
more-csv-kind-lesson = leçon
more-csv-kind-calm = calme
more-csv-kind-check = ce qui vous freine
more-csv-kind-goal = objectif
more-csv-kind-review = plan de la semaine
more-csv-kind-walk-plan = plan de marche
more-csv-title = titre
more-csv-answer = réponse
