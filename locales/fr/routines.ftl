### Français. Programmes : les textes des programmes intégrés, vos propres programmes et le
### partage d’un programme par lien ou par code.

routines-stage-flare-up-about = Lent, doux et surtout allongé, pour quand votre dos vous fait mal.
routines-stage-building-about = Quand la douleur se calme : un peu plus de force et de mobilité.
routines-stage-maintaining-about = Pour garder un dos rétabli fort et souple.


routines-goal-gentle-start = Trois mouvements allongés pour soulager un dos raide et douloureux, sans forcer.
routines-goal-flare-up-relief = Cinq minutes très douces sur le dos, pour les jours où tout fait mal.
routines-goal-no-floor-needed = Des mouvements faciles sur une chaise et debout, pour quand descendre au sol est trop difficile.
routines-goal-morning-mobility = Dérouille un dos raide après la nuit, de la position allongée à la position debout.
routines-goal-core-basics = Renforce en douceur les muscles du ventre, des hanches et du dos qui soutiennent votre colonne.
routines-goal-hips-and-hamstrings = Assouplit les hanches et les cuisses raides et renforce les fessiers pour soulager votre dos.
routines-goal-evening-wind-down = Des étirements lents et faciles au sol pour détendre votre dos avant le coucher.
routines-goal-core-builder = Un gainage plus soutenu pour un dos stable, une fois les bases devenues faciles.
routines-goal-desk-break = Une pause rapide pendant une longue journée assise, avec juste une chaise et un mur.
routines-goal-full-maintenance = Une séance complète de renforcement, d’étirements et de mobilité pour garder votre dos en forme.
routines-goal-easy-walk = Une courte marche tranquille pour rester en mouvement, même un jour de douleur.
routines-goal-stationary-cycle = Un pédalage sans à-coups qui entretient la forme sans secouer votre dos.
routines-goal-swim = Des longueurs tranquilles à la piscine, l’eau portant votre poids.
routines-goal-water-workout = Une séance douce d’aquagym qui entretient la forme en ménageant votre dos.

routines-goal-own = Votre propre programme.
routines-goal-from = De { $from }.
routines-copy-name = { $name } (ma version)
routines-name-at-level =
    { $level ->
        [easiest] { $name } (niveau très facile)
        [easier] { $name } (niveau plus facile)
        [harder] { $name } (niveau plus difficile)
        [hardest] { $name } (niveau très difficile)
       *[standard] { $name }
    }

routines-error-no-name = Donnez un nom à votre programme.
routines-error-name-too-long = Le nom est trop long : { $max } caractères au maximum.
routines-error-note-too-long = « À quoi il sert » est trop long : { $max } caractères au maximum.
routines-error-from-too-long = Le nom de la personne qui l’a créé est trop long : { $max } caractères au maximum.
routines-error-no-exercises = Ajoutez au moins un exercice.
routines-error-too-many-exercises = Cela fait plus de { $max } exercices. Répartissez-les en deux programmes plus courts.
routines-error-unknown-exercise = Il contient un exercice que cette version de Limber ne connaît pas (« { $id } »).
routines-error-unknown-routine = Il désigne un programme que cette version de Limber ne connaît pas (« { $id } »).
routines-error-too-long = Cela prendrait environ { $minutes } minutes. Gardez un programme sous { $max } minutes : des séances courtes et régulières aident davantage le dos.

routines-error-dose-reps = Exercice { $position }, { $exercise } : le nombre de répétitions doit être compris entre { $min } et { $max }.
routines-error-dose-hold = Exercice { $position }, { $exercise } : chaque maintien doit durer entre { $min } et { $max } secondes.
routines-error-dose-minutes = Exercice { $position }, { $exercise } : le nombre de minutes doit être compris entre { $min } et { $max }.
routines-error-dose-sets = Exercice { $position }, { $exercise } : le nombre de séries doit être compris entre { $min } et { $max }.
routines-error-dose-rest = Exercice { $position }, { $exercise } : le repos doit durer entre { $min } et { $max } secondes.
routines-error-dose-tempo = Exercice { $position }, { $exercise } : chaque répétition doit durer entre { $min } et { $max } secondes.
routines-error-dose-wrong-kind = Exercice { $position }, { $exercise } : cette quantité ne convient pas à cet exercice.

routines-shared-empty = Ce lien ne contient aucun programme. Demandez à la personne qui l’a envoyé de le partager à nouveau.
routines-shared-too-long = Ce lien est bien plus long que tout programme créé par Limber, il n’a donc pas été ouvert. Rien n’a été enregistré.
routines-shared-newer = Ce programme a été partagé depuis une version plus récente de Limber. Rechargez Limber pour le mettre à jour, puis ouvrez à nouveau le lien.
routines-shared-damaged = Ce lien semble tronqué ou modifié, Limber ne peut donc pas s’y fier. Rien n’a été enregistré. Demandez à nouveau le lien et copiez-le en entier.
routines-shared-invalid = { $problem } Rien n’a été enregistré. Demandez à la personne qui l’a envoyé de le vérifier et de le partager à nouveau.
routines-shared-bad-no-name = Ce programme ne peut pas être utilisé : il n’a pas de nom.
routines-shared-bad-name-too-long = Ce programme ne peut pas être utilisé : son nom est trop long.
routines-shared-bad-note-too-long = Ce programme ne peut pas être utilisé : sa description est trop longue.
routines-shared-bad-from-too-long = Ce programme ne peut pas être utilisé : le nom de la personne qui l’envoie est trop long.
routines-shared-bad-no-exercises = Ce programme ne peut pas être utilisé : il ne contient aucun exercice.
routines-shared-bad-too-many-exercises = Ce programme ne peut pas être utilisé : il compte plus de { $max } exercices.
routines-shared-bad-unknown-exercise = Ce programme ne peut pas être utilisé : il contient un exercice que cette version de Limber ne connaît pas (recharger Limber peut la mettre à jour).
routines-shared-bad-unknown-routine = Ce programme ne peut pas être utilisé : c’est un programme de Limber que cette version ne connaît pas (recharger Limber peut la mettre à jour).
routines-shared-bad-too-long = Ce programme ne peut pas être utilisé : il prendrait environ { $minutes } minutes, ce qui est trop long pour un seul programme.
routines-shared-bad-dose-reps = Ce programme ne peut pas être utilisé : pour l’exercice { $position }, { $exercise }, le nombre de répétitions doit être compris entre { $min } et { $max }.
routines-shared-bad-dose-hold = Ce programme ne peut pas être utilisé : pour l’exercice { $position }, { $exercise }, chaque maintien doit durer entre { $min } et { $max } secondes.
routines-shared-bad-dose-minutes = Ce programme ne peut pas être utilisé : pour l’exercice { $position }, { $exercise }, le nombre de minutes doit être compris entre { $min } et { $max }.
routines-shared-bad-dose-sets = Ce programme ne peut pas être utilisé : pour l’exercice { $position }, { $exercise }, le nombre de séries doit être compris entre { $min } et { $max }.
routines-shared-bad-dose-rest = Ce programme ne peut pas être utilisé : pour l’exercice { $position }, { $exercise }, le repos doit durer entre { $min } et { $max } secondes.
routines-shared-bad-dose-tempo = Ce programme ne peut pas être utilisé : pour l’exercice { $position }, { $exercise }, chaque répétition doit durer entre { $min } et { $max } secondes.
routines-shared-bad-dose-wrong-kind = Ce programme ne peut pas être utilisé : pour l’exercice { $position }, { $exercise }, la quantité ne convient pas à l’exercice.

routines-qr-too-long = Ce programme est trop long pour un code. Envoyez plutôt le lien.

routines-title = Programmes
routines-tabs-label = Parcourir
routines-tab-routines = Programmes
routines-tab-exercises = Exercices
routines-deleted = « { $name } » supprimé.
routines-undo = Annuler
routines-filter-stage = Étape
routines-filter-time = Votre temps
routines-all-stages = Toutes
routines-any-length = Toute durée
routines-length-at-most = { $minutes } min ou moins
routines-none-match = Aucun programme ne correspond à ces choix. Essayez une durée plus longue ou une autre étape.
routines-count =
    { $count ->
        [one] { $count } programme
        [many] { $count } programmes
       *[other] { $count } programmes
    }
routines-own-title = Les vôtres
routines-own-intro = Rassemblez les exercices qui vous conviennent, ou ouvrez un programme envoyé par votre kinésithérapeute.
routines-make-own = Créer votre programme
routines-card-yours = À vous
routines-card-meta =
    { $count ->
        [one] Environ { $minutes } min · { $count } exercice
        [many] Environ { $minutes } min · { $count } exercices
       *[other] Environ { $minutes } min · { $count } exercices
    }
routines-card-meta-timed = Environ { $minutes } min · séance chronométrée

routines-back = ‹ Programmes
routines-eyebrow-from = De { $from } · { $stage }
routines-eyebrow-own = Votre programme · { $stage }
routines-eyebrow-built-in = { $stage } · { $about }
routines-cardio-note = Faites-le à allure tranquille : vous devez pouvoir parler en même temps. Lancez le chrono au départ, ou notez-le simplement ensuite dans l’historique.
routines-why-level = Pourquoi ce niveau ?
routines-total = Environ { $minutes } min
routines-easier-version = Version plus facile
routines-harder-version = Version plus difficile
routines-change = Le modifier
routines-delete = Supprimer
routines-make-own-version = Créer ma version
routines-start = Commencer
routines-plan-title = L’utiliser dans mon plan
routines-plan-only = C’est votre seul programme dans le plan, à partir du { $day }. « Aujourd’hui » vous le propose vos jours de plan.
routines-plan-turns = Ce programme alterne avec les autres programmes de votre plan, à partir du { $day }.
routines-plan-take-out = Le retirer de mon plan
routines-plan-intro = Limber peut vous proposer ce programme vos jours de plan, en alternance avec les autres programmes ou à leur place, à partir de votre prochain jour de plan.
routines-plan-add = L’ajouter à mon plan
routines-plan-only-this = N’utiliser que ce programme

routines-editor-change = Modifier votre programme
routines-editor-name = Nom
routines-editor-stage = Idéal pour
routines-editor-note = À quoi il sert
routines-optional = (facultatif)
routines-editor-exercises = Exercices
routines-editor-none-yet = Pas encore d’exercice
routines-editor-estimate =
    { $count ->
        [one] { $count } exercice · environ { $minutes } min
        [many] { $count } exercices · environ { $minutes } min
       *[other] { $count } exercices · environ { $minutes } min
    }
routines-editor-add = + Ajouter un exercice
routines-editor-save = Enregistrer le programme
routines-editor-cancel = Annuler
routines-editor-moved = { $name } est maintenant en position { $position } sur { $count }.
routines-editor-removed = { $name } retiré.
routines-editor-added = { $name } ajouté. { $count } dans le programme.
routines-editor-reps = Répétitions
routines-editor-hold = Maintien (secondes)
routines-editor-minutes = Minutes
routines-editor-one-bout = En une seule fois, sans pause.
routines-editor-sets = Séries
routines-editor-rest = Repos (secondes)
routines-editor-handle = Déplacer { $name }, position { $position } sur { $count }. Utilisez les flèches haut et bas, ou faites glisser.
routines-editor-up-label = Monter { $name }
routines-editor-up = ↑ Monter
routines-editor-down-label = Descendre { $name }
routines-editor-down = ↓ Descendre
routines-editor-remove-label = Retirer { $name }
routines-editor-remove = Retirer
routines-picker-title = Ajouter des exercices
routines-picker-search = Chercher parmi les exercices
routines-picker-add-label = Ajouter { $name }
routines-picker-add = Ajouter
routines-picker-done = Terminé
routines-picker-done-count =
    { $count ->
        [one] Terminé ({ $count } exercice)
        [many] Terminé ({ $count } exercices)
       *[other] Terminé ({ $count } exercices)
    }

routines-shared-eyebrow = Un programme partagé avec vous
routines-shared-before = Avant de le découvrir
routines-shared-intro = Limber vous guide dans des exercices doux contre le mal de dos du quotidien, et garde tout sur cet appareil. Il donne des conseils généraux, pas un diagnostic.
routines-shared-next = Suivant
routines-shared-cannot-open = Ce lien ne peut pas être ouvert
routines-shared-untouched = Vos programmes et votre historique n’ont pas changé.
routines-go-today = Aller à Aujourd’hui
routines-shared-by = Partagé par { $from }
routines-shared-meta =
    { $count ->
        [one] { $stage } · { $count } exercice · environ { $minutes } min
        [many] { $stage } · { $count } exercices · environ { $minutes } min
       *[other] { $stage } · { $count } exercices · environ { $minutes } min
    }
routines-shared-look-first = Regardez-le avant de l’enregistrer. Comme pour tout programme : allez-y doucement, et arrêtez ou allégez tout ce qui augmente votre douleur.
routines-shared-saved-already = Vous avez déjà enregistré ce programme.
routines-shared-open-it = L’ouvrir
routines-shared-save = Enregistrer dans mes programmes
routines-shared-not-now = Pas maintenant
routines-paste-title = Ouvrir un programme qu’on vous a envoyé
routines-paste-help = Le lien s’ouvre en général quand vous le touchez. S’il s’ouvre dans le navigateur plutôt que dans cette appli, copiez le lien et collez-le ici. Vous verrez le programme avant que quoi que ce soit soit enregistré.
routines-paste-label = Lien du programme
routines-paste-open = Ouvrir
routines-paste-not-a-link = Cela ne ressemble pas à un lien de programme Limber. Copiez le lien en entier et collez-le à nouveau.

routines-share-title = Partager ce programme
routines-share-intro = Le programme voyage dans le lien lui-même. Rien n’est envoyé nulle part, et la personne qui l’ouvre voit un aperçu avant que quoi que ce soit soit enregistré.
routines-share-your-name = Votre nom
routines-share-your-name-hint = (facultatif, visible par qui ouvre le lien)
routines-share-name-too-long = Votre nom est trop long pour le lien : { $max } caractères au maximum.
routines-share-make = Créer le lien
routines-share-link = Lien
routines-share-copy = Copier le lien
routines-share-send = Partager…
routines-share-copied = Lien copié. Collez-le dans un message ou un e-mail.
routines-share-copy-failed = Impossible de copier ici. Appuyez longuement sur le lien ci-dessus pour le copier vous-même.
routines-share-text = Un programme pour votre dos dans Limber :
routines-share-qr-label = Code QR du lien de partage
routines-share-scan = Ou scannez-le avec l’appareil photo d’un autre téléphone.
