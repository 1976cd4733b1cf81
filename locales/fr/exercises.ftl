### Français. La bibliothèque d’exercices.

## La bibliothèque

exercises-title = Exercices
exercises-search-label = Rechercher un exercice par nom
exercises-search-placeholder = Rechercher par nom
exercises-filter-area = Zone du corps
exercises-filter-kind = Type
exercises-all-areas = Toutes les zones
exercises-all-kinds = Tous les types
exercises-none-match = Aucun résultat. Essayez avec moins de filtres ou un autre mot.
exercises-count =
    { $count ->
        [one] { $count } exercice
        [many] { $count } exercices
       *[other] { $count } exercices
    }
exercises-row-meta = { $kind } · { $dose }

## Un exercice

exercises-back = ‹ Tous les exercices
exercises-figure-label = { $name } : position de départ et d’arrivée
exercises-suggested = Conseillé
exercises-position = Position
exercises-you-need = Matériel
exercises-works = Travaille
exercises-how-to = Comment faire
exercises-keep-in-mind = À garder en tête
exercises-when-to-stop = Quand arrêter
exercises-variants = Versions plus faciles et plus difficiles
exercises-easier = Plus facile :{ " " }
exercises-harder = Plus difficile :{ " " }
exercises-used-in = Utilisé dans

## Sous la figure

exercises-view-side = Vu de côté
exercises-view-front = Vu de face
exercises-view-above = Vu du dessus
exercises-caption-each-side = { $view } · côté gauche d’abord
exercises-caption-alternating = { $view } · côtés en alternance

## Côtés

exercises-side-left = côté gauche
exercises-side-right = côté droit

## Zones du corps

exercises-area-core = Gainage
exercises-area-hips = Hanches
exercises-area-hamstrings = Ischio-jambiers
exercises-area-lower-back = Bas du dos
exercises-area-glutes = Fessiers
exercises-area-whole-body = Corps entier

## Types

exercises-kind-mobility = Mobilité
exercises-kind-stretch = Étirement
exercises-kind-strength = Renforcement
exercises-kind-cardio = Cardio en douceur

## Position de départ

exercises-position-lying = Allongé
exercises-position-kneeling = À genoux
exercises-position-sitting = Assis
exercises-position-standing = Debout
exercises-position-in-water = Dans l’eau

## Matériel (étiquette)

exercises-equipment-none = Rien
exercises-equipment-mat = Un tapis
exercises-equipment-chair = Une chaise stable
exercises-equipment-wall = Un mur
exercises-equipment-strap = Une sangle, une ceinture ou une serviette
exercises-equipment-bike = Un vélo d’appartement
exercises-equipment-pool = Une piscine

## Matériel (dans la phrase « Il vous faut … »)

exercises-need-mat = un tapis
exercises-need-chair = une chaise stable
exercises-need-wall = un mur
exercises-need-strap = une sangle, une ceinture ou une serviette
exercises-need-bike = un vélo d’appartement
exercises-need-pool = une piscine
exercises-you-will-need = Il vous faut { $items }.

## Quantité

exercises-hold-note = Tenir une position, c’est y rester immobile en respirant tranquillement, pendant le temps indiqué.
exercises-dose-reps =
    { $reps ->
        [one] { $reps } répétition
        [many] { $reps } répétitions
       *[other] { $reps } répétitions
    }
exercises-dose-reps-each-side =
    { $reps ->
        [one] { $reps } répétition de chaque côté
        [many] { $reps } répétitions de chaque côté
       *[other] { $reps } répétitions de chaque côté
    }
exercises-dose-reps-alternating =
    { $reps ->
        [one] { $reps } répétition, en alternant les côtés
        [many] { $reps } répétitions, en alternant les côtés
       *[other] { $reps } répétitions, en alternant les côtés
    }
exercises-dose-sets-reps =
    { $sets ->
        [one] { $sets } série
        [many] { $sets } séries
       *[other] { $sets } séries
    } de { $reps ->
        [one] { $reps } répétition
        [many] { $reps } répétitions
       *[other] { $reps } répétitions
    }
exercises-dose-sets-reps-each-side =
    { $sets ->
        [one] { $sets } série
        [many] { $sets } séries
       *[other] { $sets } séries
    } de { $reps ->
        [one] { $reps } répétition
        [many] { $reps } répétitions
       *[other] { $reps } répétitions
    } de chaque côté
exercises-dose-sets-reps-alternating =
    { $sets ->
        [one] { $sets } série
        [many] { $sets } séries
       *[other] { $sets } séries
    } de { $reps ->
        [one] { $reps } répétition
        [many] { $reps } répétitions
       *[other] { $reps } répétitions
    }, en alternant les côtés
exercises-dose-hold = Tenez { $secs } s
exercises-dose-hold-each-side = Tenez { $secs } s de chaque côté
exercises-dose-hold-alternating = Tenez { $secs } s, en alternant les côtés
exercises-dose-sets-hold = Tenez { $secs } s, { $sets } fois
exercises-dose-sets-hold-each-side = Tenez { $secs } s, { $sets } fois de chaque côté
exercises-dose-sets-hold-alternating = Tenez { $secs } s, { $sets } fois, en alternant les côtés
exercises-dose-minutes =
    { $mins ->
        [one] { $mins } minute
        [many] { $mins } minutes
       *[other] { $mins } minutes
    }

## Guides

exercises-pelvic-tilt-purpose = Réveille les muscles profonds du ventre et mobilise en douceur le bas du dos.
exercises-pelvic-tilt-step-1 = Allongez-vous sur le dos, genoux pliés, pieds à plat et écartés de la largeur des hanches.
exercises-pelvic-tilt-step-2 = Expirez et plaquez doucement le creux du dos contre le sol en basculant le bassin.
exercises-pelvic-tilt-step-3 = Tenez un instant en respirant normalement.
exercises-pelvic-tilt-step-4 = Relâchez pour revenir à la position de départ. Gardez un mouvement petit et fluide.
exercises-pelvic-tilt-cue-1 = Gardez les fesses et les épaules posées au sol.
exercises-pelvic-tilt-cue-2 = Respirez calmement : inutile de bloquer votre respiration.
exercises-pelvic-tilt-cue-3 = Un tout petit mouvement suffit.
exercises-pelvic-tilt-caution-1 = Arrêtez si votre douleur dépasse environ 5 sur 10.
exercises-pelvic-tilt-caution-2 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.
exercises-pelvic-tilt-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-glute-bridge-purpose = Renforce les fessiers et l’arrière des jambes pour soutenir votre colonne.
exercises-glute-bridge-step-1 = Allongez-vous sur le dos, genoux pliés, pieds à plat et bras le long du corps.
exercises-glute-bridge-step-2 = Rentrez un peu le ventre, puis serrez les fesses.
exercises-glute-bridge-step-3 = Montez les hanches jusqu’à former une ligne droite des genoux aux épaules.
exercises-glute-bridge-step-4 = Marquez une pause, puis redescendez lentement, vertèbre après vertèbre.
exercises-glute-bridge-cue-1 = Poussez dans les talons plutôt que dans les orteils.
exercises-glute-bridge-cue-2 = Arrêtez de monter avant que le bas du dos ne se cambre.
exercises-glute-bridge-cue-3 = Gardez les épaules et la tête détendues au sol.
exercises-glute-bridge-caution-1 = Arrêtez si vous sentez un pincement dans le bas du dos en haut du mouvement.
exercises-glute-bridge-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-glute-bridge-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-bridge-march-purpose = Stabilise les hanches et renforce le gainage en vous équilibrant sur une jambe à la fois.
exercises-bridge-march-step-1 = Allongez-vous sur le dos, genoux pliés, pieds à plat et bras le long du corps.
exercises-bridge-march-step-2 = Montez les hanches en pont, genoux, hanches et épaules alignés.
exercises-bridge-march-step-3 = Gardez les hanches à niveau et décollez un pied de quelques centimètres.
exercises-bridge-march-step-4 = Reposez-le, puis levez l’autre pied. Chaque levée compte pour une.
exercises-bridge-march-step-5 = Après la dernière levée, redescendez lentement les hanches au sol.
exercises-bridge-march-cue-1 = Empêchez les hanches de s’affaisser ou de pivoter quand un pied se lève.
exercises-bridge-march-cue-2 = Appuyez légèrement les bras au sol pour garder l’équilibre.
exercises-bridge-march-cue-3 = Mieux vaut de petites levées stables que de grandes levées instables.
exercises-bridge-march-caution-1 = Arrêtez si le bas du dos vous fait mal ou se crispe.
exercises-bridge-march-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-bridge-march-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-wall-plank-purpose = Une planche douce contre un mur, qui renforce le gainage sans descendre au sol.
exercises-wall-plank-step-1 = Placez-vous face à un mur, à environ une longueur de bras.
exercises-wall-plank-step-2 = Posez les avant-bras sur le mur à hauteur d’épaules.
exercises-wall-plank-step-3 = Reculez un peu les pieds pour que votre corps s’incline en ligne droite.
exercises-wall-plank-step-4 = Rentrez doucement le ventre et tenez en respirant lentement.
exercises-wall-plank-step-5 = Pour finir, rapprochez les pieds du mur.
exercises-wall-plank-cue-1 = Gardez la tête, les hanches et les talons alignés.
exercises-wall-plank-cue-2 = Ne laissez pas les hanches s’affaisser vers l’avant ni ressortir vers l’arrière.
exercises-wall-plank-cue-3 = Reculez davantage les pieds pour rendre l’exercice un peu plus difficile.
exercises-wall-plank-caution-1 = Arrêtez si le bas du dos vous fait mal pendant le maintien.
exercises-wall-plank-caution-2 = Arrêtez si vos épaules vous font mal.
exercises-wall-plank-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-knee-plank-purpose = Renforce le gainage avec une planche plus courte, plus douce pour votre dos.
exercises-knee-plank-step-1 = Mettez-vous à quatre pattes, puis descendez sur les avant-bras, coudes sous les épaules.
exercises-knee-plank-step-2 = Reculez un peu les genoux pour que les hanches restent basses.
exercises-knee-plank-step-3 = Rentrez le ventre et montez jusqu’à ce que votre corps soit droit des genoux aux épaules.
exercises-knee-plank-step-4 = Tenez en respirant lentement et régulièrement.
exercises-knee-plank-step-5 = Redescendez les hanches et reposez-vous avant le maintien suivant.
exercises-knee-plank-cue-1 = Regardez le sol juste devant vos mains pour garder la nuque longue.
exercises-knee-plank-cue-2 = Ne laissez pas les hanches s’affaisser vers le sol.
exercises-knee-plank-cue-3 = Mettez une serviette pliée sous les genoux s’ils sont sensibles.
exercises-knee-plank-caution-1 = Arrêtez si le bas du dos se creuse ou commence à faire mal.
exercises-knee-plank-caution-2 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.
exercises-knee-plank-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-forearm-plank-purpose = Une planche complète pour un gainage solide et stable, quand les versions plus douces deviennent faciles.
exercises-forearm-plank-step-1 = Allongez-vous sur le ventre, avant-bras au sol, coudes sous les épaules.
exercises-forearm-plank-step-2 = Repliez les orteils.
exercises-forearm-plank-step-3 = Rentrez le ventre et montez jusqu’à ce que votre corps soit droit des talons aux épaules.
exercises-forearm-plank-step-4 = Tenez en respirant lentement.
exercises-forearm-plank-step-5 = Posez les genoux, puis le reste du corps au sol pour vous reposer.
exercises-forearm-plank-cue-1 = Serrez un peu les fesses pour garder les hanches à niveau.
exercises-forearm-plank-cue-2 = Gardez la nuque longue et le regard vers le sol.
exercises-forearm-plank-cue-3 = Mieux vaut un maintien court et stable qu’un long maintien tremblant.
exercises-forearm-plank-caution-1 = Arrêtez si le bas du dos se creuse ou commence à faire mal.
exercises-forearm-plank-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-forearm-plank-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-side-plank-knees-purpose = Renforce les muscles sur les côtés du tronc, qui aident à stabiliser la colonne.
exercises-side-plank-knees-step-1 = Allongez-vous sur le côté, genoux pliés vers l’arrière, avant-bras sous l’épaule.
exercises-side-plank-knees-step-2 = Alignez hanches et épaules l’une au-dessus de l’autre, le regard droit devant.
exercises-side-plank-knees-step-3 = Montez les hanches jusqu’à ce que votre corps soit droit des genoux aux épaules.
exercises-side-plank-knees-step-4 = Tenez en respirant lentement, puis redescendez les hanches.
exercises-side-plank-knees-step-5 = Retournez-vous et changez de côté pour le maintien suivant.
exercises-side-plank-knees-cue-1 = Gardez le coude bien sous l’épaule.
exercises-side-plank-knees-cue-2 = Ne laissez pas la hanche du dessus basculer vers l’avant ou l’arrière.
exercises-side-plank-knees-cue-3 = Posez la main du dessus sur la hanche ou au sol devant vous.
exercises-side-plank-knees-caution-1 = Arrêtez si votre épaule vous fait mal.
exercises-side-plank-knees-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-side-plank-knees-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-side-plank-purpose = Une planche latérale complète pour des flancs et des hanches solides et stables.
exercises-side-plank-step-1 = Allongez-vous sur le côté, jambes tendues, avant-bras sous l’épaule.
exercises-side-plank-step-2 = Posez les pieds l’un sur l’autre, ou le pied du dessus juste devant celui du dessous.
exercises-side-plank-step-3 = Montez les hanches jusqu’à ce que votre corps soit droit des pieds aux épaules.
exercises-side-plank-step-4 = Tenez en respirant lentement, puis redescendez les hanches.
exercises-side-plank-step-5 = Retournez-vous et changez de côté pour le maintien suivant.
exercises-side-plank-cue-1 = Gardez le coude bien sous l’épaule.
exercises-side-plank-cue-2 = Repoussez le sol pour ne pas vous affaisser dans l’épaule.
exercises-side-plank-cue-3 = Passez à la version sur les genoux si vous tremblez beaucoup.
exercises-side-plank-caution-1 = Arrêtez si votre épaule vous fait mal.
exercises-side-plank-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-side-plank-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-clamshell-purpose = Réveille les muscles sur le côté de la hanche, qui gardent le bassin stable.
exercises-clamshell-step-1 = Allongez-vous sur le côté, genoux pliés et pieds joints.
exercises-clamshell-step-2 = Posez la tête sur le bras du dessous ou sur un coussin.
exercises-clamshell-step-3 = Pieds toujours joints, ouvrez lentement le genou du dessus comme un coquillage.
exercises-clamshell-step-4 = Redescendez lentement le genou.
exercises-clamshell-step-5 = Faites toutes les répétitions, puis retournez-vous et changez de côté.
exercises-clamshell-cue-1 = Gardez les hanches l’une au-dessus de l’autre : ne basculez pas en arrière quand le genou s’ouvre.
exercises-clamshell-cue-2 = N’ouvrez que jusqu’où vous pouvez sans que le bassin bouge.
exercises-clamshell-cue-3 = Bougez lentement dans les deux sens.
exercises-clamshell-caution-1 = Arrêtez si vous sentez une douleur vive dans la hanche.
exercises-clamshell-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-clamshell-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-side-leg-raise-purpose = Renforce le côté de la hanche pour soutenir votre dos quand vous marchez et restez debout.
exercises-side-leg-raise-step-1 = Allongez-vous sur le côté, jambes tendues, la tête posée sur le bras du dessous.
exercises-side-leg-raise-step-2 = Pliez un peu le genou du dessous si cela vous aide à garder l’équilibre.
exercises-side-leg-raise-step-3 = Gardez la jambe du dessus tendue et levez-la lentement, d’environ la longueur d’une règle.
exercises-side-leg-raise-step-4 = Redescendez-la lentement.
exercises-side-leg-raise-step-5 = Faites toutes les répétitions, puis retournez-vous et changez de côté.
exercises-side-leg-raise-cue-1 = Menez le mouvement avec le talon, orteils pointés vers l’avant.
exercises-side-leg-raise-cue-2 = Gardez les hanches l’une au-dessus de l’autre : ne basculez pas en arrière.
exercises-side-leg-raise-cue-3 = Ne montez que jusqu’où vous pouvez sans faire basculer le bassin.
exercises-side-leg-raise-caution-1 = Arrêtez si vous sentez une douleur vive dans la hanche.
exercises-side-leg-raise-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-side-leg-raise-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-bird-dog-limb-purpose = Apprend à votre dos à rester stable pendant qu’un bras ou une jambe bouge.
exercises-bird-dog-limb-step-1 = Mettez-vous à quatre pattes, mains sous les épaules et genoux sous les hanches.
exercises-bird-dog-limb-step-2 = Rentrez doucement le ventre pour garder le dos plat.
exercises-bird-dog-limb-step-3 = Glissez une jambe vers l’arrière et levez-la à hauteur de hanche, ou tendez plutôt un bras vers l’avant.
exercises-bird-dog-limb-step-4 = Tenez le temps d’une respiration, puis revenez.
exercises-bird-dog-limb-step-5 = Changez de côté à chaque fois. Chaque extension compte pour une.
exercises-bird-dog-limb-cue-1 = Gardez les hanches à niveau, comme si une tasse de thé était posée sur votre dos.
exercises-bird-dog-limb-cue-2 = Étirez-vous en longueur plutôt qu’en hauteur.
exercises-bird-dog-limb-cue-3 = Commencez par les bras seuls si les jambes vous déséquilibrent.
exercises-bird-dog-limb-caution-1 = Arrêtez si le bas du dos se creuse ou vous pince.
exercises-bird-dog-limb-caution-2 = Arrêtez si vos poignets ou vos genoux vous font mal.
exercises-bird-dog-limb-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-bird-dog-purpose = Renforce la stabilité du dos et le gainage en tendant un bras et la jambe opposée.
exercises-bird-dog-step-1 = Mettez-vous à quatre pattes, mains sous les épaules et genoux sous les hanches.
exercises-bird-dog-step-2 = Rentrez doucement le ventre pour garder le dos plat.
exercises-bird-dog-step-3 = Tendez un bras vers l’avant et la jambe opposée vers l’arrière jusqu’à ce qu’ils soient dans l’alignement du corps.
exercises-bird-dog-step-4 = Tenez le temps d’une respiration lente, puis redescendez-les.
exercises-bird-dog-step-5 = Passez à l’autre bras et à l’autre jambe. Chaque extension compte pour une.
exercises-bird-dog-cue-1 = Gardez les hanches et les épaules parallèles au sol.
exercises-bird-dog-cue-2 = Étirez-vous en longueur, jusqu’au bout des doigts et du talon.
exercises-bird-dog-cue-3 = Bougez lentement, sans élan.
exercises-bird-dog-caution-1 = Arrêtez si le bas du dos se creuse ou vous pince.
exercises-bird-dog-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-bird-dog-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-heel-taps-purpose = Un exercice de gainage tout doux : les jambes bougent, le dos reste immobile.
exercises-heel-taps-step-1 = Allongez-vous sur le dos, genoux pliés et pieds à plat.
exercises-heel-taps-step-2 = Levez une jambe, puis l’autre, genoux au-dessus des hanches et tibias à l’horizontale.
exercises-heel-taps-step-3 = Gardez le genou plié et descendez lentement un talon pour toucher le sol.
exercises-heel-taps-step-4 = Remontez-le, puis touchez le sol avec l’autre talon. Chaque touche compte pour une.
exercises-heel-taps-step-5 = Reposez les pieds au sol l’un après l’autre pour vous reposer.
exercises-heel-taps-cue-1 = Gardez le creux du dos légèrement en contact avec le sol.
exercises-heel-taps-cue-2 = Expirez quand le talon descend.
exercises-heel-taps-cue-3 = Ne descendez que jusqu’où votre dos peut rester immobile.
exercises-heel-taps-caution-1 = Arrêtez si le bas du dos se cambre, décolle du sol et fait mal.
exercises-heel-taps-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-heel-taps-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-dead-bug-purpose = Entraîne votre gainage à garder le dos stable pendant que bras et jambes bougent.
exercises-dead-bug-step-1 = Allongez-vous sur le dos et pointez les deux bras vers le plafond.
exercises-dead-bug-step-2 = Levez les jambes, genoux au-dessus des hanches et tibias à l’horizontale.
exercises-dead-bug-step-3 = Amenez lentement un bras au-dessus de la tête pendant que la jambe opposée se tend vers le sol.
exercises-dead-bug-step-4 = Ramenez-les à la position de départ.
exercises-dead-bug-step-5 = Passez à l’autre bras et à l’autre jambe. Chaque extension compte pour une.
exercises-dead-bug-cue-1 = Gardez le creux du dos légèrement en contact avec le sol.
exercises-dead-bug-cue-2 = Expirez pendant l’extension.
exercises-dead-bug-cue-3 = Gardez la jambe qui bouge plus haut si votre dos commence à décoller.
exercises-dead-bug-caution-1 = Arrêtez si le bas du dos décolle du sol et fait mal.
exercises-dead-bug-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-dead-bug-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-sit-to-stand-purpose = Renforce les jambes et les hanches pour vous lever et vous asseoir au quotidien.
exercises-sit-to-stand-step-1 = Asseyez-vous au bord d’une chaise stable, pieds à plat et écartés de la largeur des hanches.
exercises-sit-to-stand-step-2 = Croisez les bras sur la poitrine, ou posez les mains sur les cuisses.
exercises-sit-to-stand-step-3 = Penchez-vous un peu en avant depuis les hanches et levez-vous bien droit.
exercises-sit-to-stand-step-4 = Redescendez lentement jusqu’à effleurer l’assise.
exercises-sit-to-stand-cue-1 = Poussez dans tout le pied.
exercises-sit-to-stand-cue-2 = Gardez les genoux dans l’axe des orteils.
exercises-sit-to-stand-cue-3 = Aidez-vous un peu des accoudoirs si besoin.
exercises-sit-to-stand-caution-1 = Arrêtez si vous avez la tête qui tourne ou si vous vous sentez instable.
exercises-sit-to-stand-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-sit-to-stand-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-wall-sit-purpose = Renforce les jambes et les fessiers pendant qu’un mur soutient votre dos.
exercises-wall-sit-step-1 = Tenez-vous dos au mur, les pieds à environ une longueur de pied devant vous.
exercises-wall-sit-step-2 = Glissez lentement le long du mur en pliant les genoux, jusqu’à une profondeur confortable.
exercises-wall-sit-step-3 = Gardez le dos contre le mur et tenez en respirant calmement.
exercises-wall-sit-step-4 = Remontez le long du mur pour vous redresser et reposez-vous.
exercises-wall-sit-cue-1 = Une petite flexion suffit : inutile de descendre bas.
exercises-wall-sit-cue-2 = Gardez les genoux au-dessus des chevilles.
exercises-wall-sit-cue-3 = Laissez le bas du dos reposer doucement contre le mur.
exercises-wall-sit-caution-1 = Arrêtez si vos genoux vous font mal.
exercises-wall-sit-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-wall-sit-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-cat-cow-purpose = Mobilise en douceur toute la colonne pour dissiper les raideurs.
exercises-cat-cow-step-1 = Mettez-vous à quatre pattes, mains sous les épaules et genoux sous les hanches.
exercises-cat-cow-step-2 = Expirez et arrondissez le dos vers le plafond en laissant tomber la tête.
exercises-cat-cow-step-3 = Inspirez et laissez le dos se creuser doucement en levant la poitrine et le regard.
exercises-cat-cow-step-4 = Continuez à alterner lentement entre les deux, dans une amplitude facile.
exercises-cat-cow-cue-1 = Laissez votre respiration donner le rythme.
exercises-cat-cow-cue-2 = Creusez le dos en douceur : inutile d’aller au bout du mouvement.
exercises-cat-cow-cue-3 = Mettez une serviette pliée sous les genoux s’ils sont sensibles.
exercises-cat-cow-caution-1 = Arrêtez si l’un des deux mouvements rend la douleur plus vive.
exercises-cat-cow-caution-2 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.
exercises-cat-cow-caution-3 = Arrêtez si vos poignets vous font mal : essayez plutôt la version assise.

exercises-seated-cat-cow-purpose = Assouplit le dos depuis une chaise, pratique au bureau ou un jour difficile.
exercises-seated-cat-cow-step-1 = Asseyez-vous au bord d’une chaise stable, pieds à plat et mains sur les genoux.
exercises-seated-cat-cow-step-2 = Expirez, arrondissez le dos et laissez le menton descendre vers la poitrine.
exercises-seated-cat-cow-step-3 = Inspirez, levez la poitrine et ramenez doucement les épaules en arrière.
exercises-seated-cat-cow-step-4 = Continuez à alterner lentement entre les deux.
exercises-seated-cat-cow-cue-1 = Laissez votre respiration donner le rythme.
exercises-seated-cat-cow-cue-2 = Gardez les pieds à plat et les hanches immobiles.
exercises-seated-cat-cow-cue-3 = Petit et fluide, c’est largement suffisant.
exercises-seated-cat-cow-caution-1 = Arrêtez si l’un des deux mouvements rend la douleur plus vive.
exercises-seated-cat-cow-caution-2 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.
exercises-seated-cat-cow-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-childs-pose-purpose = Un étirement de repos qui allonge le dos et vous aide à respirer et à vous détendre.
exercises-childs-pose-step-1 = Commencez à quatre pattes, mains sous les épaules et genoux sous les hanches.
exercises-childs-pose-step-2 = Amenez lentement les fesses vers les talons.
exercises-childs-pose-step-3 = Laissez les bras tendus devant vous et posez le front au sol ou sur un coussin.
exercises-childs-pose-step-4 = Tenez en respirant lentement dans le dos.
exercises-childs-pose-step-5 = Ramenez les mains vers vous et redressez-vous lentement.
exercises-childs-pose-cue-1 = Écartez les genoux si votre ventre se sent comprimé.
exercises-childs-pose-cue-2 = Placez un coussin entre les talons et les fesses si vous ne pouvez pas vous asseoir complètement.
exercises-childs-pose-cue-3 = Relâchez les épaules et la mâchoire.
exercises-childs-pose-caution-1 = Arrêtez si vos genoux vous font mal.
exercises-childs-pose-caution-2 = Arrêtez si le fait de vous pencher en avant rend votre mal de dos plus vif.
exercises-childs-pose-caution-3 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.

exercises-knee-to-chest-purpose = Soulage les tensions dans le bas du dos et les fessiers.
exercises-knee-to-chest-step-1 = Allongez-vous sur le dos, les deux genoux pliés et les pieds à plat.
exercises-knee-to-chest-step-2 = Attrapez l’arrière d’un genou et ramenez-le doucement vers la poitrine.
exercises-knee-to-chest-step-3 = Gardez l’autre pied au sol et les épaules détendues.
exercises-knee-to-chest-step-4 = Tenez l’étirement en respirant lentement, puis reposez la jambe et passez à l’autre.
exercises-knee-to-chest-cue-1 = Tenez derrière la cuisse plutôt que sur le dessus du genou.
exercises-knee-to-chest-cue-2 = Gardez la tête et les épaules posées au sol.
exercises-knee-to-chest-cue-3 = Expirez en ramenant le genou.
exercises-knee-to-chest-caution-1 = Arrêtez si votre douleur dépasse environ 5 sur 10.
exercises-knee-to-chest-caution-2 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.
exercises-knee-to-chest-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-double-knee-to-chest-purpose = Un étirement plus profond du bas du dos et des fessiers, avec les deux jambes.
exercises-double-knee-to-chest-step-1 = Allongez-vous sur le dos, les deux genoux pliés et les pieds à plat.
exercises-double-knee-to-chest-step-2 = Levez un genou, puis l’autre, et tenez-les tous les deux par l’arrière.
exercises-double-knee-to-chest-step-3 = Ramenez doucement les deux genoux vers la poitrine jusqu’à sentir un étirement agréable.
exercises-double-knee-to-chest-step-4 = Tenez en respirant lentement.
exercises-double-knee-to-chest-step-5 = Reposez un pied au sol, puis l’autre.
exercises-double-knee-to-chest-cue-1 = Levez et reposez les jambes l’une après l’autre pour ménager votre dos.
exercises-double-knee-to-chest-cue-2 = Gardez la tête posée au sol.
exercises-double-knee-to-chest-cue-3 = Laissez le bas du dos se relâcher vers le sol.
exercises-double-knee-to-chest-caution-1 = Arrêtez si votre douleur dépasse environ 5 sur 10.
exercises-double-knee-to-chest-caution-2 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.
exercises-double-knee-to-chest-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-trunk-rotation-purpose = Fait pivoter en douceur le bas du dos pour dissiper les raideurs.
exercises-trunk-rotation-step-1 = Allongez-vous sur le dos, genoux pliés, pieds à plat et joints.
exercises-trunk-rotation-step-2 = Écartez les bras sur les côtés.
exercises-trunk-rotation-step-3 = Gardez les épaules au sol et laissez les deux genoux basculer lentement d’un côté.
exercises-trunk-rotation-step-4 = N’allez que jusqu’où c’est facile, puis ramenez les genoux au centre.
exercises-trunk-rotation-step-5 = Basculez de l’autre côté. Chaque côté compte pour un.
exercises-trunk-rotation-cue-1 = Gardez les deux épaules posées au sol.
exercises-trunk-rotation-cue-2 = Bougez lentement, comme un balancier.
exercises-trunk-rotation-cue-3 = Les jours de raideur, de petits balancements suffisent.
exercises-trunk-rotation-caution-1 = Arrêtez si votre douleur dépasse environ 5 sur 10.
exercises-trunk-rotation-caution-2 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.
exercises-trunk-rotation-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-open-book-purpose = Ouvre la poitrine et fait pivoter en douceur le dos pour dissiper les raideurs.
exercises-open-book-step-1 = Allongez-vous sur le côté, genoux pliés devant vous et un coussin sous la tête.
exercises-open-book-step-2 = Tendez les deux bras devant vous à hauteur d’épaules, paumes l’une contre l’autre.
exercises-open-book-step-3 = Balayez le bras du dessus vers le haut et par-dessus, en ouvrant la poitrine vers le plafond.
exercises-open-book-step-4 = Laissez la tête suivre la main, puis ramenez le bras.
exercises-open-book-step-5 = Faites toutes les répétitions, puis retournez-vous et changez de côté.
exercises-open-book-cue-1 = Gardez les genoux joints et posés au sol.
exercises-open-book-cue-2 = Expirez en ouvrant.
exercises-open-book-cue-3 = Votre bras n’a pas besoin de toucher le sol : allez seulement jusqu’où c’est facile.
exercises-open-book-caution-1 = Arrêtez si votre épaule vous fait mal.
exercises-open-book-caution-2 = Arrêtez si votre douleur dépasse environ 5 sur 10.
exercises-open-book-caution-3 = Arrêtez si la douleur s’étend dans la fesse ou descend dans la jambe.

exercises-figure-four-purpose = Étire le fessier en profondeur, ce qui peut soulager les tensions autour du bas du dos.
exercises-figure-four-step-1 = Allongez-vous sur le dos, genoux pliés et pieds à plat.
exercises-figure-four-step-2 = Croisez une cheville sur le genou opposé.
exercises-figure-four-step-3 = Tenez l’arrière de la cuisse de la jambe du dessous avec les deux mains.
exercises-figure-four-step-4 = Ramenez doucement cette cuisse vers la poitrine jusqu’à sentir un étirement dans la fesse.
exercises-figure-four-step-5 = Tenez en respirant lentement, puis reposez la jambe et changez de côté.
exercises-figure-four-cue-1 = Gardez la tête et les épaules posées au sol.
exercises-figure-four-cue-2 = Passez une serviette autour de la cuisse si elle est difficile à atteindre.
exercises-figure-four-cue-3 = Gardez le pied croisé fléchi pour protéger votre genou.
exercises-figure-four-caution-1 = Arrêtez si votre genou vous fait mal.
exercises-figure-four-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-figure-four-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-seated-figure-four-purpose = Étire la fesse et la hanche depuis une chaise.
exercises-seated-figure-four-step-1 = Asseyez-vous au bord d’une chaise stable, pieds à plat.
exercises-seated-figure-four-step-2 = Posez une cheville sur le genou opposé.
exercises-seated-figure-four-step-3 = Redressez-vous, puis penchez-vous lentement en avant depuis les hanches, le dos long.
exercises-seated-figure-four-step-4 = Arrêtez-vous quand vous sentez un étirement dans la fesse et tenez en respirant lentement.
exercises-seated-figure-four-step-5 = Redressez-vous, puis changez de côté.
exercises-seated-figure-four-cue-1 = Menez avec la poitrine, pas avec la tête.
exercises-seated-figure-four-cue-2 = Posez une main légèrement sur le genou relevé.
exercises-seated-figure-four-cue-3 = Gardez le pied croisé fléchi pour protéger votre genou.
exercises-seated-figure-four-caution-1 = Arrêtez si votre genou vous fait mal.
exercises-seated-figure-four-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-seated-figure-four-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-hamstring-strap-purpose = Étire l’arrière des cuisses, qui peut tirer sur le bas du dos quand il est raide.
exercises-hamstring-strap-step-1 = Allongez-vous sur le dos, les deux genoux pliés et les pieds à plat.
exercises-hamstring-strap-step-2 = Passez une sangle, une ceinture ou une serviette sous la plante d’un pied.
exercises-hamstring-strap-step-3 = Tendez cette jambe vers le plafond en tenant la sangle à deux mains.
exercises-hamstring-strap-step-4 = Arrêtez-vous quand vous sentez un léger étirement derrière la cuisse, et tenez.
exercises-hamstring-strap-step-5 = Reposez la jambe, puis changez de côté.
exercises-hamstring-strap-cue-1 = Gardez l’autre pied à plat au sol.
exercises-hamstring-strap-cue-2 = Le genou levé peut rester légèrement plié.
exercises-hamstring-strap-cue-3 = Laissez la tête et les épaules détendues au sol.
exercises-hamstring-strap-caution-1 = Arrêtez si vous sentez des fourmillements, ou une douleur qui tire derrière le genou ou jusque dans le pied.
exercises-hamstring-strap-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-hamstring-strap-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-seated-hamstring-purpose = Étire l’arrière des cuisses depuis une chaise.
exercises-seated-hamstring-step-1 = Asseyez-vous au bord d’une chaise stable.
exercises-seated-hamstring-step-2 = Tendez une jambe devant vous, talon au sol et orteils vers le haut.
exercises-seated-hamstring-step-3 = Gardez le dos long et penchez-vous depuis les hanches jusqu’à sentir un étirement.
exercises-seated-hamstring-step-4 = Tenez en respirant lentement.
exercises-seated-hamstring-step-5 = Redressez-vous, puis changez de jambe.
exercises-seated-hamstring-cue-1 = Menez avec la poitrine, pas avec la tête.
exercises-seated-hamstring-cue-2 = Gardez l’autre pied à plat au sol.
exercises-seated-hamstring-cue-3 = Tenez l’assise de la chaise si vous vous sentez instable.
exercises-seated-hamstring-caution-1 = Arrêtez si vous sentez des fourmillements, ou une douleur qui tire derrière le genou ou jusque dans le pied.
exercises-seated-hamstring-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-seated-hamstring-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-hip-flexor-kneeling-purpose = Étire l’avant de la hanche, qui se raidit quand on reste beaucoup assis.
exercises-hip-flexor-kneeling-step-1 = Mettez un genou au sol, l’autre pied à plat devant vous, les deux genoux à peu près à angle droit.
exercises-hip-flexor-kneeling-step-2 = Placez une serviette pliée ou un coussin sous le genou arrière.
exercises-hip-flexor-kneeling-step-3 = Rentrez un peu le coccyx et serrez la fesse de la jambe arrière.
exercises-hip-flexor-kneeling-step-4 = Avancez lentement votre poids jusqu’à sentir un étirement à l’avant de la hanche arrière.
exercises-hip-flexor-kneeling-step-5 = Tenez en respirant lentement, puis changez de côté.
exercises-hip-flexor-kneeling-cue-1 = Restez droit : ne vous penchez pas en arrière et ne cambrez pas le dos.
exercises-hip-flexor-kneeling-cue-2 = Tenez-vous à une chaise ou à un mur si vous avez besoin d’aide pour l’équilibre.
exercises-hip-flexor-kneeling-cue-3 = Un petit déplacement vers l’avant suffit.
exercises-hip-flexor-kneeling-caution-1 = Arrêtez si le genou au sol vous fait mal, même avec un rembourrage.
exercises-hip-flexor-kneeling-caution-2 = Arrêtez si vous sentez un pincement dans le bas du dos.
exercises-hip-flexor-kneeling-caution-3 = Arrêtez si la douleur descend dans la jambe.

exercises-hip-flexor-standing-purpose = Étire l’avant de la hanche en position debout, avec une chaise pour l’équilibre.
exercises-hip-flexor-standing-step-1 = Placez-vous à côté du dossier d’une chaise stable et posez-y une main.
exercises-hip-flexor-standing-step-2 = Reculez un pied en grande fente, les deux pieds pointés vers l’avant.
exercises-hip-flexor-standing-step-3 = Rentrez un peu le coccyx et serrez la fesse de la jambe arrière.
exercises-hip-flexor-standing-step-4 = Pliez lentement le genou avant jusqu’à sentir un étirement à l’avant de la hanche arrière.
exercises-hip-flexor-standing-step-5 = Tenez en respirant lentement, puis retournez-vous et changez de côté.
exercises-hip-flexor-standing-cue-1 = Tenez-vous droit : ne vous penchez pas en arrière et ne cambrez pas le dos.
exercises-hip-flexor-standing-cue-2 = Laissez le talon arrière se soulever si c’est plus facile.
exercises-hip-flexor-standing-cue-3 = Gardez le genou avant au-dessus de la cheville.
exercises-hip-flexor-standing-caution-1 = Arrêtez si vous sentez un pincement dans le bas du dos.
exercises-hip-flexor-standing-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-hip-flexor-standing-caution-3 = Arrêtez si votre douleur dépasse environ 5 sur 10.

exercises-sphinx-purpose = Une légère extension du dos en appui sur les coudes, que beaucoup de dos douloureux trouvent apaisante.
exercises-sphinx-step-1 = Allongez-vous sur le ventre, le front posé sur les mains.
exercises-sphinx-step-2 = Glissez les coudes sous les épaules et redressez-vous sur les avant-bras.
exercises-sphinx-step-3 = Laissez les hanches et le ventre détendus au sol.
exercises-sphinx-step-4 = Tenez en respirant lentement, puis redescendez.
exercises-sphinx-cue-1 = Gardez les épaules basses, loin des oreilles.
exercises-sphinx-cue-2 = Laissez le bas du dos se relâcher : ne forcez pas.
exercises-sphinx-cue-3 = Redescendez tout de suite si ce n’est pas agréable.
exercises-sphinx-caution-1 = Arrêtez si la douleur passe dans la fesse ou descend dans la jambe.
exercises-sphinx-caution-2 = Arrêtez si la douleur devient plus vive pendant le maintien.
exercises-sphinx-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-press-up-purpose = Cambre doucement le dos vers l’arrière, ce qui soulage la douleur de certaines personnes.
exercises-press-up-step-1 = Allongez-vous sur le ventre, mains à plat au sol sous les épaules.
exercises-press-up-step-2 = Laissez les hanches et les jambes détendues au sol.
exercises-press-up-step-3 = Tendez lentement les bras pour soulever la poitrine, seulement jusqu’où c’est confortable.
exercises-press-up-step-4 = Marquez une pause, puis redescendez lentement.
exercises-press-up-cue-1 = Laissez les bras faire le travail pendant que le bas du dos reste relâché.
exercises-press-up-cue-2 = Gardez les hanches au sol.
exercises-press-up-cue-3 = Montez un peu plus à chaque fois seulement si c’est agréable.
exercises-press-up-caution-1 = Arrêtez si la douleur passe dans la fesse ou descend dans la jambe.
exercises-press-up-caution-2 = Arrêtez si la douleur devient plus vive à chaque répétition.
exercises-press-up-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-standing-extension-purpose = Une petite extension du dos à faire n’importe où, pratique après être resté longtemps assis.
exercises-standing-extension-step-1 = Tenez-vous bien droit, pieds écartés de la largeur des hanches.
exercises-standing-extension-step-2 = Posez les mains à l’arrière des hanches, doigts vers le bas.
exercises-standing-extension-step-3 = Penchez-vous lentement un peu en arrière, en vous appuyant sur les mains.
exercises-standing-extension-step-4 = Marquez une pause, puis revenez à la verticale.
exercises-standing-extension-cue-1 = Gardez les genoux tendus et regardez devant vous, pas vers le haut.
exercises-standing-extension-cue-2 = Une petite inclinaison suffit largement.
exercises-standing-extension-cue-3 = Expirez en vous penchant en arrière.
exercises-standing-extension-caution-1 = Arrêtez si la douleur passe dans la fesse ou descend dans la jambe.
exercises-standing-extension-caution-2 = Arrêtez si vous avez la tête qui tourne ou si vous vous sentez instable.
exercises-standing-extension-caution-3 = Arrêtez si la douleur devient plus vive à chaque inclinaison.

exercises-walking-purpose = Une marche tranquille fait circuler le sang et compte parmi ce qu’il y a de plus doux pour un dos douloureux.
exercises-walking-step-1 = Commencez lentement les premières minutes pour laisser le corps s’échauffer.
exercises-walking-step-2 = Trouvez un rythme facile qui vous permet encore de discuter.
exercises-walking-step-3 = Tenez-vous droit, relâchez les épaules et laissez les bras se balancer.
exercises-walking-step-4 = Ralentissez les deux ou trois dernières minutes pour récupérer.
exercises-walking-step-5 = À votre retour, notez comment ça s’est passé.
exercises-walking-cue-1 = Un terrain plat et régulier est le plus facile les jours difficiles.
exercises-walking-cue-2 = Deux courtes marches conviennent très bien si une longue est de trop.
exercises-walking-cue-3 = Des chaussures confortables qui tiennent bien le pied aident.
exercises-walking-caution-1 = Arrêtez si la douleur descend dans la jambe pendant la marche.
exercises-walking-caution-2 = Arrêtez si votre douleur dépasse environ 5 sur 10.
exercises-walking-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-cycling-purpose = Pédaler sur un vélo d’appartement améliore votre forme sans secouer votre dos.
exercises-cycling-step-1 = Réglez la selle pour que le genou ne soit que légèrement plié en bas de chaque coup de pédale.
exercises-cycling-step-2 = Pédalez lentement, avec peu ou pas de résistance, les premières minutes.
exercises-cycling-step-3 = Trouvez un rythme facile qui vous permet encore de discuter.
exercises-cycling-step-4 = Levez le pied les deux ou trois dernières minutes pour récupérer.
exercises-cycling-step-5 = Une fois terminé, notez comment ça s’est passé.
exercises-cycling-cue-1 = Asseyez-vous bien droit plutôt que de vous voûter sur le guidon.
exercises-cycling-cue-2 = Gardez une résistance légère.
exercises-cycling-cue-3 = Un vélo avec dossier peut être plus agréable les jours difficiles.
exercises-cycling-caution-1 = Arrêtez si la douleur descend dans la jambe pendant que vous pédalez.
exercises-cycling-caution-2 = Arrêtez si votre douleur dépasse environ 5 sur 10.
exercises-cycling-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-swimming-purpose = L’eau porte votre poids : vous bougez librement et vous améliorez votre forme.
exercises-swimming-step-1 = Échauffez-vous quelques minutes en nageant lentement ou en marchant dans le petit bain.
exercises-swimming-step-2 = Nagez à un rythme facile, qui vous permettrait encore de discuter au bout d’une longueur.
exercises-swimming-step-3 = Choisissez une nage confortable et reposez-vous au bord dès que vous le souhaitez.
exercises-swimming-step-4 = Terminez par quelques minutes lentes et faciles pour récupérer.
exercises-swimming-step-5 = À votre retour, notez comment ça s’est passé.
exercises-swimming-cue-1 = Le dos crawlé et le crawl gardent votre dos dans un alignement naturel.
exercises-swimming-cue-2 = Si la brasse vous cambre le dos, changez de nage ou prenez une planche.
exercises-swimming-cue-3 = Reposez-vous aussi souvent que nécessaire.
exercises-swimming-caution-1 = Arrêtez si une nage rend votre douleur plus vive.
exercises-swimming-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-swimming-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.

exercises-water-aerobics-purpose = Une activité douce dans l’eau, qui allège la charge sur votre dos pendant que vous bougez.
exercises-water-aerobics-step-1 = Placez-vous dans l’eau, entre la taille et la poitrine.
exercises-water-aerobics-step-2 = Échauffez-vous en marchant lentement sur place pendant quelques minutes.
exercises-water-aerobics-step-3 = Continuez à marcher sur place à un rythme facile, en levant les genoux et en balançant les bras.
exercises-water-aerobics-step-4 = Ajoutez d’autres mouvements doux qui vous plaisent, comme des pas chassés ou marcher en avant et en arrière.
exercises-water-aerobics-step-5 = Ralentissez les dernières minutes pour récupérer.
exercises-water-aerobics-step-6 = Une fois sorti de l’eau, notez comment ça s’est passé.
exercises-water-aerobics-cue-1 = Un cours, c’est une bonne compagnie : allez à votre propre rythme.
exercises-water-aerobics-cue-2 = Évitez les sauts ou les rotations qui ne vous conviennent pas.
exercises-water-aerobics-cue-3 = Vous devriez pouvoir parler tout en bougeant.
exercises-water-aerobics-caution-1 = Arrêtez si un mouvement rend votre douleur plus vive.
exercises-water-aerobics-caution-2 = Arrêtez si la douleur descend dans la jambe.
exercises-water-aerobics-caution-3 = Arrêtez si vous sentez un engourdissement ou des fourmillements dans une jambe ou un pied.
