### Français : le cours, six thèmes en six semaines. Chaque leçon : un titre (40 caractères au
### plus), un message clé, 2 à 4 courts paragraphes, parfois des points, un exemple du quotidien,
### une chose à essayer cette semaine et une question. Les questions de vérification ont trois
### réponses dans un ordre fixe (ne jamais le changer) et deux retours (-right, -not-quite) ; les
### questions de réflexion ont une zone de texte. Calme, simple et court ; chiffres et faits
### exactement comme en anglais. Les personnes des exemples sont inventées.

## Les thèmes

course-theme-1-title = Comment fonctionne le mal de dos
course-theme-1-summary = La douleur est là pour vous protéger, pas pour mesurer des dégâts, et on peut baisser son volume.
course-theme-2-title = Idées reçues et imagerie
course-theme-2-summary = Beaucoup d’idées répandues sur la posture, le port de charges, les disques, le repos et l’imagerie sont fausses, et c’est une bonne nouvelle pour votre dos.
course-theme-3-title = Bouger en confiance
course-theme-3-summary = Un rythme régulier et de petites étapes prévues à l’avance vous aident à reprendre ce que vous évitiez.

## Leçon : le mal de dos est courant (question de réflexion)
course-pain-common-key = Le mal de dos est très courant et, pour la plupart des gens, il ne signale pas de lésion grave. Le comprendre aide vraiment à aller mieux.
course-pain-common-p-1 = Jusqu’à 8 personnes sur 10 ont mal au dos à un moment de leur vie. Si votre dos vous fait mal en ce moment, vous êtes en bonne compagnie.
course-pain-common-p-2 = La plupart des maux de dos viennent de choses ordinaires : un muscle ou un ligament qui a trop forcé, une articulation raide, ou une même position gardée longtemps. Ça peut faire très mal même quand rien de grave ne se passe. Les leçons de cette semaine expliquent pourquoi.
course-pain-common-p-3 = Comprendre sa douleur, ce n’est pas seulement intéressant. Dans un grand essai, des personnes qui avaient mal au dos depuis longtemps ont appris comment fonctionne leur douleur et se sont entraînées à bouger en confiance : elles arrivaient à faire plus de choses au quotidien que celles qui avaient reçu les soins habituels. La différence était toujours là 3 ans plus tard.
course-pain-common-p-4 = Chaque leçon prend environ 3 minutes et se termine par une petite chose à essayer dans la semaine.
course-pain-common-example = Julien pensait être le seul au travail à avoir mal au dos. Quand il en a parlé, 3 collègues lui ont dit qu’eux aussi étaient passés par là, et tous avaient repris ce qu’ils aimaient faire.
course-pain-common-try = Pensez à une chose du quotidien que votre dos rend plus difficile en ce moment. Notez à quel point vous y arrivez aujourd’hui, de 0 (pas du tout) à 10 (aussi bien qu’avant), et ajoutez ce chiffre à votre réponse ci-dessous.
course-pain-common-question = Quelle chose du quotidien aimeriez-vous faire plus facilement d’ici 6 semaines ?

## Leçon : la douleur est une alarme (question de vérification : la bonne réponse est l’option 2 ; gardez les options dans cet ordre)
course-pain-alarm-title = Une alarme, pas un compteur de dégâts
course-pain-alarm-key = La douleur est là pour protéger votre corps. Elle vous pousse à faire attention, mais sa force ne montre pas l’ampleur des dégâts.
course-pain-alarm-p-1 = Votre système nerveux crée la douleur pour vous protéger. Quand il perçoit un danger possible, il déclenche une alarme, pour que vous vous arrêtiez et fassiez attention.
course-pain-alarm-p-2 = Comme toute alarme, elle peut sonner fort pour un petit danger. Une coupure de papier peut piquer pendant des heures. Et il arrive qu’on ne remarque une coupure profonde que plus tard, une fois le moment passé.
course-pain-alarm-p-3 = Les alarmes du mal de dos sonnent souvent très fort, et elles peuvent continuer après que les tissus ont eu le temps de guérir. La douleur est réelle : vous ne l’imaginez pas. Mais en général, elle montre un système qui vous protège, pas un dos qui s’abîme.
course-pain-alarm-example = Sophie s’est penchée pour ramasser un stylo et a senti une douleur vive la saisir dans le dos. Un stylo ne pèse presque rien. Ce n’était pas une grosse blessure : c’était une alarme qui sonnait fort.
course-pain-alarm-try = La prochaine fois que votre dos vous lance, dites-vous : « C’est mon alarme, pas un constat de dégâts. » Puis expirez lentement et continuez à bouger en douceur.
course-pain-alarm-question = Une douleur vive saisit le dos de Sophie quand elle se penche vers un stylo. Que se passe-t-il le plus probablement ?
course-pain-alarm-option-1 = Quelque chose s’est déchiré dans son dos.
course-pain-alarm-option-2 = L’alarme de son dos la protège.
course-pain-alarm-option-3 = Elle devrait éviter de se pencher désormais.
course-pain-alarm-right = Oui. Une douleur soudaine, c’est souvent l’alarme qui se montre prudente. La douleur est réelle, mais elle ne mesure pas les dégâts, et bouger en douceur aide à la calmer.
course-pain-alarm-not-quite = Pas tout à fait. Une douleur soudaine comme celle-ci est en général l’alarme qui protège, pas le signe d’une lésion. Bouger en douceur aide à la calmer : inutile d’arrêter de vous pencher.

## Leçon : la sensibilité, le bouton du volume (question de réflexion)
course-pain-volume-title = Votre alarme peut monter le volume
course-pain-volume-key = Quand la douleur dure un moment, votre alarme peut devenir plus sensible, et les gestes du quotidien font plus mal. Cette sensibilité peut baisser à nouveau.
course-pain-volume-p-1 = Imaginez que la douleur a un bouton de volume. Quand votre dos a mal depuis des semaines ou des mois, le volume peut monter. Votre système nerveux réagit alors plus fort aux mouvements et aux contacts ordinaires.
course-pain-volume-p-2 = Beaucoup de choses peuvent monter ou baisser le volume, et elles ne se trouvent pas toutes dans votre dos.
course-pain-volume-p-3 = Comme le bouton tourne dans les deux sens, votre douleur peut changer même quand votre dos, lui, n’a pas changé. Les semaines 5 et 6 reviennent sur le sommeil, le stress et la vie quotidienne.
course-pain-volume-point-1 = Ce qui monte le volume : le stress, le manque de sommeil, l’inquiétude, et très peu bouger.
course-pain-volume-point-2 = Ce qui le baisse : bouger en douceur et régulièrement, bien dormir, respirer calmement, et passer du temps avec des gens et à des choses que vous aimez.
course-pain-volume-example = Pendant une semaine de couchers tardifs, avec une échéance au travail, Thomas avait plus mal au dos que d’habitude, alors qu’il n’avait rien fait de différent. Après un week-end plus calme, avec de bonnes nuits et une marche, la douleur s’est de nouveau apaisée.
course-pain-volume-try = Chaque soir cette semaine, repérez une chose qui a semblé monter le volume de votre douleur et une chose qui a semblé le baisser.
course-pain-volume-question = Qu’est-ce qui semble monter le volume de votre douleur, et qu’est-ce qui aide à le baisser ?

## Leçon : avoir mal, ce n’est pas se faire du mal, avec les zones de 0 à 10 (question de vérification : la bonne réponse est l’option 3 ; gardez les options dans cet ordre)
## L’application peut afficher learn-your-bands (les chiffres de la personne) après le dernier point.
course-pain-hurt-harm-title = Avoir mal, ce n’est pas se faire du mal
course-pain-hurt-harm-key = Un peu de douleur pendant l’exercice, ça va : ce n’est pas forcément un signe de lésion. Noter votre douleur de 0 à 10 par rapport à votre niveau habituel vous dit quand lever le pied.
course-pain-hurt-harm-p-1 = Pendant l’exercice, notez votre douleur de 0 (aucune douleur) à 10 (la pire que vous puissiez imaginer). Limber utilise les zones ci-dessous, issues de la recherche en kinésithérapie, chaque fois que vous lui signalez une douleur.
course-pain-hurt-harm-p-2 = Si votre dos est déjà au-dessus de 3 la plupart des jours, les zones montent avec lui. Limber calcule votre niveau habituel à partir de vos dernières réponses.
course-pain-hurt-harm-p-3 = Le rouge n’est pas un échec et ne veut pas dire qu’il faut arrêter de bouger. Rendez cet exercice plus facile ou passez-le, et réessayez un autre jour. Si votre douleur reste élevée, faites-la examiner par un médecin ou un kinésithérapeute.
# Vert, orange et rouge sont les couleurs des feux de circulation : on avance, on fait attention, on s’arrête.
course-pain-hurt-harm-point-1 = Vert, de 0 à 3 sur 10 (ou jusqu’à votre niveau habituel) : pas de problème. Continuez en bougeant lentement et en respirant tranquillement.
course-pain-hurt-harm-point-2 = Orange, de 4 à 5 sur 10 (ou jusqu’à 2 au-dessus de votre niveau habituel) : pas de problème si ça se calme d’ici le lendemain matin. Levez un peu le pied : moins de répétitions, des mouvements plus petits.
course-pain-hurt-harm-point-3 = Rouge, 6 sur 10 ou plus (ou 3 au-dessus de votre niveau habituel, ou à partir de 8), ou une douleur qui descend dans une jambe : arrêtez cet exercice, et essayez sa version plus facile ou passez-le.
course-pain-hurt-harm-example = La douleur habituelle de Camille est à 2. Pendant les ponts, elle monte à 4, et le lendemain matin, elle est revenue à 2 : c’est la zone orange, et tout va bien.
course-pain-hurt-harm-try = Notez chaque petite douleur pendant les séances de cette semaine, et laissez les zones vous guider pour la suite.
course-pain-hurt-harm-question = Pendant un exercice, votre douleur monte à 7 sur 10. Que faire de mieux ?
course-pain-hurt-harm-option-1 = Forcer pour finir la série.
course-pain-hurt-harm-option-2 = Arrêter de faire de l’exercice pendant une semaine.
course-pain-hurt-harm-option-3 = Rendre cet exercice plus facile, ou le passer aujourd’hui.
course-pain-hurt-harm-right = C’est ça. Une douleur à 7, c’est la zone rouge : rendez cet exercice plus facile ou passez-le, et continuez à bouger.
course-pain-hurt-harm-not-quite = Pas tout à fait. Une douleur à 7, c’est la zone rouge, mais inutile de forcer ou d’arrêter de bouger. Rendez cet exercice plus facile, ou passez-le aujourd’hui.

## Leçon : le lendemain matin (question de vérification : la bonne réponse est l’option 1 ; gardez les options dans cet ordre)
course-pain-next-morning-title = C’est le lendemain matin qui compte
course-pain-next-morning-key = L’état de votre dos le matin après une séance est le meilleur indice pour savoir si vous avez fait la bonne dose.
course-pain-next-morning-p-1 = Pendant une séance, il peut être difficile de juger la bonne dose. Votre dos répond plus clairement plus tard : comment il va le lendemain matin, par rapport à avant la séance.
course-pain-next-morning-p-2 = C’est pourquoi, le lendemain d’une séance, Limber vous pose une seule question : votre dos va-t-il mieux, à peu près pareil ou moins bien qu’avant ? Choisissez une réponse et enregistrez. Ajouter votre note de douleur est facultatif.
course-pain-next-morning-p-3 = C’est la même règle que la note de 0 à 10, vue depuis le lendemain. Un peu de douleur pendant une séance, ça va, tant qu’elle s’est calmée le lendemain matin.
course-pain-next-morning-point-1 = Mieux, ou à peu près pareil : la dose vous convenait, vous pouvez progresser.
course-pain-next-morning-point-2 = Moins bien : votre prochaine séance redescend d’un cran, pour laisser à votre dos le temps de se calmer.
course-pain-next-morning-example = Après une séance un peu plus longue, Léo avait le dos un peu douloureux le soir. Le lendemain matin, son dos était revenu à son état habituel, alors il a répondu « À peu près pareil » : la séance était la bonne dose.
course-pain-next-morning-try = Le matin qui suit votre prochaine séance, prenez un instant avant de vous lever. Voyez comment va votre dos par rapport à avant la séance, puis répondez à la question de Limber.
course-pain-next-morning-question = Le matin après une séance, votre dos va moins bien qu’avant. Que se passe-t-il ensuite ?
course-pain-next-morning-option-1 = Votre prochaine séance redescend d’un cran, pour que votre dos se calme.
course-pain-next-morning-option-2 = Cela veut dire que les exercices vous font du mal.
course-pain-next-morning-option-3 = Vous devriez arrêter l’exercice jusqu’à ce que ça aille mieux.
course-pain-next-morning-right = Exact. Moins bien le lendemain matin veut dire que c’était un peu trop pour l’instant. Redescendre d’un cran laisse à votre dos le temps de se calmer, puis vous progressez de nouveau.
course-pain-next-morning-not-quite = Pas tout à fait. Moins bien le lendemain matin veut dire que c’était un peu trop pour l’instant, pas que vous vous êtes fait du mal. Votre prochaine séance redescend d’un cran, pour que votre dos se calme.

## Leçon : la posture (question de vérification : la bonne réponse est l’option 3 ; gardez les options dans cet ordre)
course-myths-posture-title = La posture parfaite n’existe pas
course-myths-posture-key = Aucune posture n’est bonne ou mauvaise en soi pour votre dos. Votre dos aime la variété : la meilleure position, c’est souvent la suivante.
course-myths-posture-p-1 = Beaucoup d’entre nous ont grandi en entendant « Tiens-toi droit » et « Ne t’avachis pas ». Pourtant, on n’a jamais trouvé de bonne façon de s’asseoir ou de se tenir debout qui protège le dos de la douleur.
course-myths-posture-p-2 = Ce que le dos n’aime pas, en général, c’est rester longtemps dans une même position. Même une « bonne » posture devient inconfortable si on la garde pendant des heures.
course-myths-posture-p-3 = Se tenir raide et bien droit peut aussi garder les muscles tendus et fatigués. Vous pouvez vous avachir, vous pencher ou vous pelotonner, du moment que vous changez souvent de position.
course-myths-posture-example = Nathalie se tenait droite comme un i à son bureau toute la journée pour protéger son dos, et en milieu d’après-midi, elle avait mal. Maintenant, elle s’adosse, s’assoit en avant et se lève pour téléphoner, et son dos est moins tendu le soir.
course-myths-posture-try = Cette semaine, quand la position assise dure, changez de position au moins toutes les 30 minutes : adossez-vous, penchez-vous en avant, levez-vous ou faites quelques pas.
course-myths-posture-question = Vous travaillez beaucoup en position assise. Qu’est-ce qui fait le plus de bien à votre dos ?
course-myths-posture-option-1 = Garder le dos parfaitement droit toute la journée.
course-myths-posture-option-2 = Ne jamais se permettre de s’avachir.
course-myths-posture-option-3 = Changer souvent de position, de façons qui restent confortables.
course-myths-posture-right = Oui. Votre dos aime la variété. Toute position confortable convient, du moment que vous n’y restez pas des heures.
course-myths-posture-not-quite = Pas tout à fait. La posture parfaite n’existe pas, et n’importe quelle position gardée des heures devient inconfortable. Changer souvent de position, de façons confortables, convient le mieux à votre dos.

## Leçon : se pencher et soulever (question de vérification : la bonne réponse est l’option 1 ; gardez les options dans cet ordre)
course-myths-lifting-title = Votre dos sait se pencher et porter
course-myths-lifting-key = Se pencher et soulever des charges font partie du travail normal de votre dos. Soulever le dos rond n’est pas dangereux en soi.
course-myths-lifting-p-1 = On vous a peut-être dit de toujours soulever le dos droit et les genoux pliés. C’est une règle répandue, mais on n’a jamais montré qu’une seule façon de soulever était la bonne pour protéger le dos.
course-myths-lifting-p-2 = Votre colonne est faite pour se plier. Chaque jour, des gens soulèvent le dos rond pour ramasser une chaussette, un enfant ou un sac de courses, et leur dos s’en sort très bien.
course-myths-lifting-p-3 = Ce qui compte davantage, c’est d’avoir l’habitude de la charge. Le dos se renforce quand on le charge un peu à la fois. Si soulever lourd vous semble difficile après des mois à l’éviter, c’est un signe de manque d’entraînement, pas d’un dos fragile.
course-myths-lifting-p-4 = Alors soulevez de la façon qui vous semble naturelle. Avec un objet lourd, le tenir près du corps le rend plus léger à porter.
course-myths-lifting-example = Claire ne pliait plus que les genoux pour ramasser quoi que ce soit, même une chaussette, et son dos était raide et sur ses gardes. Quand elle s’est autorisée à se pencher naturellement pour les objets légers, bouger est devenu plus facile.
course-myths-lifting-try = Quelques fois cette semaine, ramassez par terre un objet léger, comme un coussin, en vous penchant de la façon qui vous semble naturelle. Bougez lentement et expirez en remontant.
course-myths-lifting-question = Soulever une charge le dos rond, est-ce dangereux ?
course-myths-lifting-option-1 = Non : un dos rond n’est pas dangereux en soi.
course-myths-lifting-option-2 = Oui : il faut toujours soulever le dos droit.
course-myths-lifting-option-3 = Seulement pour les personnes qui ont mal au dos.
course-myths-lifting-right = Exact. Votre dos est fait pour se pencher. S’habituer à une charge, un peu à la fois, compte plus que la forme de votre dos.
course-myths-lifting-not-quite = Pas tout à fait. Un dos rond n’est pas dangereux en soi, avec ou sans mal de dos : votre dos est fait pour se pencher. S’habituer à une charge, un peu à la fois, compte davantage.

## Leçon : les disques et les articulations ne se déplacent pas (question de vérification : la bonne réponse est l’option 2 ; gardez les options dans cet ordre)
course-myths-slipped-title = Rien ne s’est déplacé
course-myths-slipped-key = Votre colonne est solide et bien tenue. Les disques et les articulations ne se déplacent pas, même quand on en a l’impression.
course-myths-slipped-p-1 = On dit souvent que son dos « a lâché » ou qu’un disque « s’est déplacé ». C’est ce qu’on peut ressentir : quelque chose de soudain, de vif et d’effrayant.
course-myths-slipped-p-2 = Votre colonne est une pile d’os, avec entre chaque paire un disque solide et souple. Chaque disque est fermement attaché à l’os du dessus et à celui du dessous, et des ligaments et des muscles puissants entourent toute la colonne. Un disque ne peut pas sortir de sa place, et une articulation n’a pas besoin d’être « remise en place ».
# « Protéger » (guarding) : les muscles se contractent pour protéger une partie du corps et la garder immobile.
course-myths-slipped-p-3 = Cette impression de dos coincé, bloqué, vient en général des muscles qui se contractent pour protéger votre dos : encore l’alarme, qui immobilise tout pour vous mettre à l’abri. Respirer lentement et faire de petits mouvements faciles aident les muscles à se relâcher.
course-myths-slipped-example = Quand le dos de Karim s’est bloqué alors qu’il soulevait le panier à linge, il était sûr que quelque chose s’était déplacé, et il est resté aussi immobile que possible. La fois suivante, il a essayé de respirer lentement et de faire de petits mouvements doux, et le blocage a cédé peu à peu.
course-myths-slipped-try = Une fois par jour cette semaine, allongez-vous sur le dos, genoux pliés, et laissez-les basculer lentement d’un côté à l’autre, juste un peu, en expirant pendant le mouvement. Gardez-le en tête aussi pour les moments où le dos se bloque.
course-myths-slipped-question = Votre dos se bloque d’un coup quand vous vous penchez. Que se passe-t-il le plus probablement ?
course-myths-slipped-option-1 = Un disque s’est déplacé.
course-myths-slipped-option-2 = Les muscles protègent votre dos, et bouger en douceur les aide à se relâcher.
course-myths-slipped-option-3 = Une articulation s’est déboîtée et doit être remise en place.
course-myths-slipped-right = Oui. Cette sensation de blocage vient en général des muscles qui protègent. Vos disques et vos articulations sont solidement tenus, et de petits mouvements calmes aident les muscles à se relâcher.
course-myths-slipped-not-quite = Pas tout à fait. Les disques et les articulations sont solidement tenus et ne se déplacent pas. La sensation de blocage vient en général des muscles qui protègent, et de petits mouvements calmes les aident à se relâcher.

## Leçon : ce que montre l’imagerie (question de vérification : la bonne réponse est l’option 3 ; gardez les options dans cet ordre)
course-myths-scans-title = Imagerie : des traces normales de l’âge
course-myths-scans-key = L’imagerie montre souvent des changements qui font normalement partie du vieillissement. À eux seuls, ils n’expliquent souvent pas pourquoi un dos fait mal.
course-myths-scans-p-1 = Chez des personnes sans aucun mal de dos, les examens d’imagerie, comme l’IRM ou le scanner, montrent un disque qui bombe (une protrusion discale) chez environ 30 % des gens à 20 ans, et jusqu’à environ 84 % à 80 ans. Des signes d’usure des disques apparaissent chez 37 % des gens à 20 ans, et jusqu’à 96 % à 80 ans.
course-myths-scans-p-2 = Ces images sont donc fréquentes dans des dos qui vont très bien. C’est un peu comme des cheveux blancs ou des rides, mais à l’intérieur. Des mots comme « dégénératif » font peur, mais ils décrivent en général un vieillissement ordinaire.
course-myths-scans-p-3 = C’est pourquoi les recommandations sur la lombalgie ne conseillent pas de faire de l’imagerie systématiquement. Un médecin peut prescrire un examen d’imagerie quand le résultat pourrait changer sa prise en charge.
course-myths-scans-example = Le compte rendu d’IRM de Martine parlait de « discopathie dégénérative », et elle a arrêté le jardinage de peur d’aggraver les choses. Quand sa kinésithérapeute lui a expliqué que beaucoup de gens de son âge ont le même résultat sans avoir mal, elle s’y est remise par petites étapes.
course-myths-scans-try = Si vous avez passé un examen d’imagerie, relisez le compte rendu avec ces chiffres en tête. Si un mot vous inquiète, demandez à votre médecin ou à votre kinésithérapeute : « Est-ce fréquent chez les gens de mon âge qui n’ont pas mal au dos ? »
course-myths-scans-question = Un examen montre une protrusion discale. Que vous apprend ce résultat, à lui seul ?
course-myths-scans-option-1 = C’est forcément la cause de la douleur.
course-myths-scans-option-2 = Il faut éviter de se pencher pour toujours.
course-myths-scans-option-3 = Pas grand-chose : les protrusions sont fréquentes chez les personnes sans douleur.
course-myths-scans-right = Exact. Beaucoup de personnes sans aucun mal de dos ont des protrusions à l’imagerie. Ce genre de résultat n’explique souvent pas la douleur, et ce n’est pas une raison pour arrêter de bouger.
course-myths-scans-not-quite = Pas tout à fait. Les protrusions discales sont fréquentes chez des personnes sans aucun mal de dos : à elle seule, une protrusion n’explique souvent pas la douleur. Ce n’est pas une raison pour arrêter de bouger ou de vous pencher.

## Leçon : repos et mouvement (question de vérification : la bonne réponse est l’option 1 ; gardez les options dans cet ordre)
course-myths-rest-title = Pourquoi bouger aide plus que le repos
course-myths-rest-key = Les longues périodes de repos n’aident généralement pas un dos douloureux. Bouger en douceur et régulièrement l’aide souvent à se remettre plus vite.
course-myths-rest-p-1 = Quand on a mal, rester immobile peut sembler le plus raisonnable. Pourtant, des journées au lit ont tendance à ralentir la guérison. Les muscles qui ne servent pas s’affaiblissent, les articulations se raidissent, et bouger devient plus difficile qu’avant.
course-myths-rest-p-2 = Bouger régulièrement a l’effet inverse. Des muscles plus forts au niveau du ventre, des flancs, du bas du dos et des hanches soutiennent mieux votre colonne. Le mouvement envoie aussi davantage de sang vers cette zone et libère des endorphines, les antidouleurs naturels de votre corps, qui peuvent aussi améliorer votre humeur.
course-myths-rest-p-3 = Voyez donc le mouvement en douceur comme une partie du traitement, et non comme une récompense pour quand la douleur sera partie. Un court repos dans une position confortable, ça va. Même un peu de mouvement compte, et vous pouvez augmenter progressivement à partir de là.
course-myths-rest-example = Un matin difficile, Mehdi a d’abord pensé rester au lit toute la journée. Il s’est finalement levé, a fait le tour de la maison à peu près toutes les heures et quelques étirements faciles. Le soir, il se sentait raide, mais moins bloqué.
course-myths-rest-try = Un jour de douleur cette semaine, remplacez un long repos par 2 ou 3 petits moments de mouvement, comme un tour de la maison ou quelques étirements faciles.
course-myths-rest-question = Votre dos vous fait mal ce matin. Qu’est-ce qui a le plus de chances d’aider ?
course-myths-rest-option-1 = De courtes pauses quand vous en avez besoin, et bouger en douceur au fil de la journée.
course-myths-rest-option-2 = Rester au lit jusqu’à ce que la douleur soit partie.
course-myths-rest-option-3 = Une longue séance de sport intense pour le dérouiller.
course-myths-rest-right = Oui. De courtes pauses, ça va, mais les longues périodes de repos affaiblissent les muscles et raidissent les articulations. Peu mais souvent, vous restez en mouvement sans en faire trop.
course-myths-rest-not-quite = Pas tout à fait. Rester longtemps au lit a tendance à ralentir la guérison, et une séance intense peut réveiller la douleur. De courtes pauses, avec du mouvement doux au fil de la journée, conviennent le mieux à un dos douloureux.

## Leçon : en faire trop, puis plus rien (question de réflexion)
# En anglais « boom and bust » : en faire beaucoup un bon jour, puis le payer par plusieurs jours
# où l’on ne fait presque rien. Ici, on parle d’« à-coups » et du cycle « en faire trop, puis plus rien ».
course-moving-boom-bust-title = Un rythme régulier, pas des à-coups
course-moving-boom-bust-key = Une dose régulière, les bons comme les mauvais jours, marche mieux que d’en faire beaucoup un bon jour et de le payer ensuite.
course-moving-boom-bust-p-1 = Un bon jour, on est tenté de rattraper tout le retard. Puis on passe les jours suivants à récupérer, en faisant très peu. On parle souvent de cycle « en faire trop, puis plus rien ».
course-moving-boom-bust-p-2 = Avec le temps, ces à-coups peuvent vous amener à en faire moins au total, et chaque passage à vide peut renforcer votre crainte de bouger.
course-moving-boom-bust-p-3 = Doser vos efforts permet de lisser tout cela. Découpez les grosses tâches en petits morceaux, faites de courtes pauses avant que la douleur ne vous y oblige, et arrêtez-vous quand vous sentez que vous pourriez encore en faire un peu. Un mauvais jour, faites un peu moins, mais faites quand même quelque chose.
course-moving-boom-bust-example = Un samedi ensoleillé, Gérard a jardiné 5 heures, puis il a passé 3 jours sur le canapé. Maintenant, il jardine 40 minutes avec une pause au milieu, les bons jours comme les jours ordinaires, et il avance davantage chaque semaine.
course-moving-boom-bust-try = Choisissez une activité où vous avez tendance à en faire trop. Décidez combien de temps vous pouvez la faire confortablement un jour ordinaire, et arrêtez-vous là cette semaine, même un bon jour.
course-moving-boom-bust-question = Dans quelle activité avez-vous tendance à en faire trop les bons jours, et à quoi ressemblerait une dose régulière ?

## Leçon : progresser, un cran à la fois (question de vérification : la bonne réponse est l’option 2 ; gardez les options dans cet ordre)
course-moving-step-up-title = Démarrer doucement, progresser peu à peu
course-moving-step-up-key = C’est par petits paliers réguliers que la force revient, sans irriter votre dos.
course-moving-step-up-p-1 = Un démarrage en douceur vous réussit généralement mieux qu’un départ en force. Commencez par des mouvements doux et à faible impact, comme une courte marche, et laissez votre corps vous montrer ce qu’il est prêt à faire.
course-moving-step-up-p-2 = Quand un exercice vous semble confortable, ajoutez-en un peu. Restez ensuite à ce niveau quelques jours avant d’en rajouter. Progresser lentement, c’est quand même progresser.
course-moving-step-up-p-3 = Si votre douleur s’emballe, inutile de repartir de zéro. Revenez au dernier niveau qui vous semblait confortable, restez-y le temps que ça se calme, puis reprenez votre progression.
course-moving-step-up-point-1 = C’est confortable ? Ajoutez 1 ou 2 répétitions, ou un peu de temps.
course-moving-step-up-point-2 = Laissez quelques jours entre chaque palier.
course-moving-step-up-point-3 = La douleur s’emballe ? Revenez à votre dernier niveau confortable.
course-moving-step-up-example = Élodie arrivait à faire 5 ponts confortablement. Elle en a fait 6 pendant quelques jours, puis 7. Quand une semaine chargée a réveillé son dos, elle est revenue à 6 un moment, puis a continué.
course-moving-step-up-try = Choisissez un exercice qui vous a semblé confortable ces derniers temps et ajoutez 1 ou 2 répétitions cette semaine. Restez-y quelques jours avant d’en rajouter.
course-moving-step-up-question = Les ponts vous semblent confortables depuis quelques jours. Quelle est une bonne prochaine étape ?
course-moving-step-up-option-1 = Doubler le nombre que vous faites.
course-moving-step-up-option-2 = Ajouter 1 ou 2 répétitions, puis en rester là quelques jours.
course-moving-step-up-option-3 = Ne plus rien changer à partir de maintenant.
course-moving-step-up-right = C’est ça. De petits paliers, avec quelques jours entre chacun, permettent à votre dos de suivre.
course-moving-step-up-not-quite = Pas tout à fait. Pour progresser régulièrement, ajoutez 1 ou 2 répétitions, ou un peu de temps, puis restez à ce niveau quelques jours avant de monter d’un cran.

## Leçon : réapprendre un mouvement qu’on évite (question de réflexion)
course-moving-feared-title = Réapprendre un mouvement évité
course-moving-feared-key = Un mouvement que vous avez fini par craindre peut se réapprendre, une petite étape à la fois, jusqu’à redevenir banal.
course-moving-feared-p-1 = Après un mal de dos, il est naturel de se mettre à éviter des mouvements qui ont fait mal, comme se pencher pour remplir le lave-vaisselle ou se tourner pour attraper quelque chose sur la banquette arrière. Plus on les évite, plus ils peuvent sembler crispants et effrayants.
course-moving-feared-p-2 = Vous pouvez inverser la tendance avec une échelle de petites étapes. Commencez par une version dont vous vous sentez capable à coup sûr, comme vous pencher un peu, les mains posées sur le plan de travail. Faites-la lentement, en expirant, les muscles aussi détendus que possible.
course-moving-feared-p-3 = Répétez cette étape pendant quelques jours jusqu’à ce qu’elle paraisse banale, puis passez à la suivante. Un peu d’inconfort, ça va : utilisez la même note de 0 à 10 que pour vos exercices. Si une étape vous semble trop dure, revenez à la précédente.
course-moving-feared-example = Isabelle ne s’était pas penchée pour mettre ses chaussettes depuis des mois. Elle a commencé le pied posé sur une chaise, puis sur un petit tabouret, puis par terre. Au bout de 3 semaines, « Mettre ses chaussettes » était redevenu un geste comme un autre.
course-moving-feared-try = Choisissez un mouvement que vous évitez et écrivez une échelle de 3 à 5 étapes, de la plus facile au mouvement complet. Pratiquez la première étape quelques fois par jour.
course-moving-feared-question = Avec quel mouvement aimeriez-vous retrouver confiance, et quelle pourrait être votre première petite étape ?

## Leçon : la sangle abdominale (question de vérification : la bonne réponse est l’option 3 ; gardez les options dans cet ordre)
course-moving-core-title = Une sangle abdominale forte aide le dos
course-moving-core-key = Votre sangle abdominale, c’est l’équipe de muscles autour de votre taille. Un renforcement doux les aide à soutenir votre colonne.
course-moving-core-p-1 = Votre sangle abdominale, ce n’est pas seulement votre ventre. C’est l’anneau de muscles autour de votre taille : l’avant, les côtés, le bas du dos et les hanches. Ensemble, ces muscles aident à soutenir votre colonne quand vous bougez.
course-moving-core-p-2 = Pas besoin d’abdos classiques ni de charges lourdes. Des mouvements simples comme la bascule du bassin, le pont et un gainage adapté construisent ce soutien en douceur. Commencez par la version la plus facile et passez à la suivante quand c’est confortable.
course-moving-core-p-3 = Bougez lentement, continuez à respirer et arrêtez-vous avant de forcer. Mieux vaut en faire peu mais bien que beaucoup.
course-moving-core-point-1 = Bascule du bassin : sur le dos, genoux pliés, appuyez doucement le bas du dos vers le sol, puis relâchez.
course-moving-core-point-2 = Pont : sur le dos, genoux pliés, soulevez un peu les hanches, puis redescendez lentement.
course-moving-core-point-3 = Gainage adapté : tenez la planche sur les genoux ou sur les avant-bras, le temps de quelques respirations lentes.
course-moving-core-example = Nicolas pensait avoir besoin d’abdos pour protéger son dos. Il a commencé par 5 bascules du bassin lentes chaque matin avant de se lever, et au bout de quelques semaines, il est passé aux ponts.
course-moving-core-try = Chaque jour cette semaine, faites 5 bascules du bassin lentes, en expirant quand vous appuyez le dos vers le sol et en inspirant quand vous relâchez.
course-moving-core-question = Quelle est la meilleure façon de commencer à renforcer votre sangle abdominale ?
course-moving-core-option-1 = Beaucoup d’abdos, faits vite.
course-moving-core-option-2 = Tenir la planche complète aussi longtemps que possible.
course-moving-core-option-3 = Quelques mouvements lents et faciles, comme la bascule du bassin et le pont.
course-moving-core-right = Oui. Des mouvements doux, faits lentement et bien, construisent ce soutien sans forcer. Passez aux versions plus difficiles quand elles deviennent confortables.
course-moving-core-not-quite = Pas tout à fait. Pas besoin d’abdos ni de longs gainages intenses. Quelques mouvements lents et faciles, comme la bascule du bassin et le pont, construisent ce soutien en douceur.

## Leçon : s’étirer en douceur (question de vérification : la bonne réponse est l’option 1 ; gardez les options dans cet ordre)
course-moving-stretch-title = Étirez-vous en douceur
course-moving-stretch-key = Des étirements doux pour les hanches, les jambes et le bas du dos peuvent relâcher les tensions et vous aider à bouger plus librement.
course-moving-stretch-p-1 = Étirer les hanches, les jambes et le bas du dos aide à relâcher les tensions et vous donne plus d’amplitude. C’est une façon calme et facile de commencer ou de terminer une séance.
course-moving-stretch-p-2 = Entrez lentement dans chaque étirement jusqu’à sentir une légère tension, puis restez immobile. Pas de rebonds et rien de forcé : un bon étirement soulage, ce n’est pas une lutte.
course-moving-stretch-p-3 = Respirez lentement et laissez chaque expiration vous aider à vous détendre un peu plus. Si un étirement augmente votre douleur, relâchez un peu ou essayez-en un autre.
course-moving-stretch-point-1 = Restez immobile, sans rebonds.
course-moving-stretch-point-2 = Une légère tension suffit.
course-moving-stretch-point-3 = Continuez à respirer, lentement et tranquillement.
course-moving-stretch-example = Antoine tirait fort sur l’arrière de ses cuisses en faisant des rebonds pour aller plus loin, et il en ressortait endolori. Maintenant, il entre doucement dans l’étirement jusqu’à sentir une légère tension, et reste immobile le temps de quelques respirations. Ça le soulage, au lieu d’être une lutte.
course-moving-stretch-try = Une fois par jour cette semaine, essayez l’étirement genou vers la poitrine : sur le dos, ramenez doucement un genou vers vous le temps de 3 respirations lentes, puis changez de côté.
course-moving-stretch-question = Que doit-on ressentir dans un bon étirement ?
course-moving-stretch-option-1 = Une légère tension qui soulage.
course-moving-stretch-option-2 = Une lutte : plus c’est dur, mieux c’est.
course-moving-stretch-option-3 = Des rebonds, pour aller un peu plus loin à chaque fois.
course-moving-stretch-right = Oui. Une légère tension, tenue sans bouger avec une respiration lente : c’est tout ce qu’il faut à un étirement. Le soulagement montre que vous êtes sur la bonne voie.
course-moving-stretch-not-quite = Pas tout à fait. Un bon étirement, c’est une légère tension que l’on tient sans bouger, sans rebonds et sans forcer. Il doit soulager, pas être une lutte.

## Thème 4 : les crises (semaine 4)

course-theme-4-title = Traverser une crise
course-theme-4-summary = Les crises sont fréquentes et elles passent, et un plan simple vous aide à continuer à bouger en douceur en attendant.

## Leçon : les crises sont fréquentes et elles passent.
course-flare-up-they-pass-title = Les crises sont courantes et passent
# « Crise » (flare-up, flare) : une période de douleur plus forte que d’habitude (voir le glossaire).
# Dire « crise » ou « crise douloureuse », jamais « attaque ».
course-flare-up-they-pass-key = Une crise, c’est une période où la douleur est plus forte que d’habitude. Les crises sont fréquentes, elles se calment en général en quelques jours à quelques semaines, et plus de douleur signifie rarement une nouvelle lésion.
course-flare-up-they-pass-p-1 = La plupart des personnes qui ont mal au dos font des crises de temps en temps, même quand elles vont mieux dans l’ensemble. Une crise fait partie des hauts et des bas normaux : ce n’est pas un retour à la case départ.
# « Système d’alarme » : le système de protection du corps par la douleur, tel que le décrivent les leçons de la semaine 1.
course-flare-up-they-pass-p-2 = Une crise ne suit pas toujours un effort ou une torsion. Le système d’alarme de votre dos devient plus sensible avec la fatigue, le stress, l’inquiétude ou le manque de mouvement : une mauvaise nuit ou une semaine difficile peuvent suffire. Parfois, il n’y a aucune raison claire.
course-flare-up-they-pass-p-3 = Une crise peut être éprouvante, et c’est bien compréhensible. Mais rester longtemps immobile a tendance à raidir davantage, alors que bouger en douceur aide votre dos à se calmer.
course-flare-up-they-pass-example = Rachid a senti une douleur vive dans le dos en soulevant un panier à linge, et il était sûr de s’être abîmé quelque chose. Il s’en est tenu à de courtes marches et aux programmes doux pour les mauvais jours, et en une semaine, ça s’était nettement calmé.
course-flare-up-they-pass-try = Notez quelques mots sur votre dernière crise : ce que vous avez ressenti, et combien de temps elle a mis à se calmer. La prochaine fois, cette note pourra vous rappeler qu’elle était passée.
course-flare-up-they-pass-question = Votre dos fait une crise après un week-end chargé. Que signifie le plus probablement cette douleur en plus ?
course-flare-up-they-pass-option-1 = Quelque chose dans votre dos vient d’être abîmé.
course-flare-up-they-pass-option-2 = Vous devriez rester au lit jusqu’à ce que la douleur soit partie.
course-flare-up-they-pass-option-3 = Votre dos est plus sensible pendant un temps, et cela va en général se calmer.
course-flare-up-they-pass-right = Exact. Une crise augmente la sensibilité de votre dos pendant un temps. Elle se calme en général en quelques jours à quelques semaines, et bouger en douceur aide.
course-flare-up-they-pass-not-quite = Pas tout à fait. Plus de douleur signifie rarement une nouvelle lésion, et un long repos a tendance à raidir davantage. Une crise, c’est une période de sensibilité accrue, et elle se calme en général.

## Leçon : le plan en cas de crise (c’était la lecture « Votre plan en cas de crise »).
course-flare-up-plan-title = Votre plan en cas de crise
course-flare-up-plan-key = Continuez à bouger, mais moins. Un plan simple, préparé un jour calme, aide à passer un mauvais jour.
course-flare-up-plan-p-1 = Quand votre dos fait une crise, raccourcissez vos séances et choisissez les versions plus faciles de vos exercices. De courtes marches, peu mais souvent dans la journée, vous aident à garder une activité sans en faire trop.
# « Mode crise » : le mode du plan pour les mauvais jours (glossaire). La dernière phrase est la
# règle de fin du mode crise, dans les mêmes mots que coach-flare-end-rule (sans le chiffre).
course-flare-up-plan-p-2 = Limber peut s’en charger en grande partie. Quand votre mode crise est activé, l’écran Aujourd’hui affiche les programmes pour les mauvais jours à un niveau doux, rien ne devient plus difficile et votre marche reste la même. Le mode crise s’arrête tout seul quand votre douleur est revenue à un point près de votre niveau habituel deux jours de suite, ou dès que vous l’arrêtez.
course-flare-up-plan-p-3 = Quand ça se calme, remontez d’un cran à la fois à partir de votre dernier niveau confortable, plutôt que de revenir d’un coup là où vous en étiez.
course-flare-up-plan-point-1 = Continuez à bouger en douceur plutôt que de tout arrêter.
course-flare-up-plan-point-2 = Des séances plus courtes, des versions plus faciles.
course-flare-up-plan-point-3 = Marchez peu mais souvent.
course-flare-up-plan-point-4 = Remontez d’un cran à la fois.
course-flare-up-plan-example = Quand le dos d’Aurélie a fait une crise, elle a activé son mode crise et fait les programmes courts pour les mauvais jours. Elle marchait jusqu’au bout de sa rue et revenait, 3 fois par jour, et la semaine suivante, elle a commencé à remonter d’un cran.
course-flare-up-plan-try = Un jour calme, ouvrez une fois la page « Mon dos est en crise » de Limber, pour savoir où elle se trouve et ce qu’elle propose avant d’en avoir besoin.
course-flare-up-plan-question = Que ferez-vous le premier jour de votre prochaine crise ? Notez 2 ou 3 petites étapes.

## Leçon : ce qui aide un mauvais jour.
course-flare-up-what-helps-title = Ce qui aide un mauvais jour
course-flare-up-what-helps-key = De petites choses douces aident une crise à se calmer : des positions confortables, la chaleur, une respiration lente et une journée découpée en petits morceaux.
course-flare-up-what-helps-p-1 = Trouvez une position de soulagement. Sur le dos, pliez les genoux sur un ou deux oreillers ; sur le côté, mettez un oreiller entre vos genoux. Changez de position toutes les 20 à 30 minutes plutôt que de rester dans la même.
course-flare-up-what-helps-p-2 = La chaleur peut détendre les muscles contractés. Essayez une bouillotte chaude (pas brûlante) ou une douche chaude pendant 15 à 20 minutes. Enveloppez la bouillotte dans une serviette, et ne vous endormez jamais dessus.
# « Se crisper » (brace) : raidir le corps contre la douleur.
course-flare-up-what-helps-p-3 = Quand la douleur monte d’un coup, beaucoup de gens bloquent leur respiration et se crispent. Respirer lentement, avec une longue expiration tranquille, aide vos muscles à se relâcher. La séance de respiration lente de Limber pour les mauvais moments vous guide pas à pas.
course-flare-up-what-helps-p-4 = Découpez les tâches en petits morceaux, et reposez-vous avant que la douleur ne monte, pas après. Les grosses tâches peuvent attendre un meilleur jour.
course-flare-up-what-helps-example = Un matin difficile, Laura s’est allongée sur le côté, un oreiller entre les genoux, et a fait la séance de respiration lente. Ensuite, elle a pris une douche chaude et a fait la vaisselle en 2 fois.
course-flare-up-what-helps-try = Cette semaine, essayez une fois la séance de respiration lente un jour calme, pour qu’elle vous soit déjà familière quand vous en aurez besoin.
course-flare-up-what-helps-question = Laquelle de ces choses a le plus de chances d’aider un mauvais jour ?
course-flare-up-what-helps-option-1 = Rester dans la même position toute la journée pour que rien ne bouge.
course-flare-up-what-helps-option-2 = Changer de position toutes les 20 à 30 minutes, avec de la chaleur et une respiration lente.
course-flare-up-what-helps-option-3 = Boucler toute la liste des choses à faire avant que la douleur ne monte.
course-flare-up-what-helps-right = Oui. Passer d’une position confortable à une autre, la chaleur et la respiration lente aident tous à calmer des muscles contractés et sensibles.
course-flare-up-what-helps-not-quite = Pas tout à fait. Rester dans une seule position raidit davantage, et tout faire d’un coup a tendance à réveiller la douleur. Changez souvent de position, utilisez la chaleur, respirez lentement et découpez les tâches en petits morceaux.

## Leçon : quand faire examiner son dos (c’était la lecture « Quand consulter un professionnel »).
## L’application affiche les deux listes de signes d’alerte (coach-safety-*) sous les paragraphes de cette leçon.
course-flare-up-get-checked-title = Quand faire examiner votre dos
course-flare-up-get-checked-key = Limber ne peut pas vous examiner, mais un médecin ou un kinésithérapeute, si. Consultez si une crise ne s’améliore pas, et demandez de l’aide sans attendre en cas de signe d’alerte.
course-flare-up-get-checked-p-1 = Cette application donne des conseils généraux et ne peut pas vous dire ce qui se cache derrière votre douleur. Il vaut la peine de prendre rendez-vous avec un médecin ou un kinésithérapeute si votre douleur ne s’est pas améliorée après environ 2 semaines, ou si elle continue de s’aggraver.
course-flare-up-get-checked-p-2 = Si vous avez d’autres problèmes de santé, mieux vaut aussi demander l’avis d’un professionnel avant de commencer un nouveau programme d’exercices.
# « Les deux listes sont ci-dessous » : les deux listes de signes d’alerte que l’application affiche sous cette leçon.
course-flare-up-get-checked-p-3 = Certains signes d’alerte demandent des soins plutôt que de l’exercice : quelques-uns nécessitent une aide d’urgence immédiate, d’autres un médecin d’ici un ou deux jours. Les deux listes sont ci-dessous. Si l’un d’eux vous concerne, arrêtez les exercices et demandez l’aide indiquée.
course-flare-up-get-checked-p-4 = Se faire examiner ne veut pas dire que quelque chose va très mal. Souvent, cela rassure, et vous repartez avec des conseils adaptés à votre cas.
course-flare-up-get-checked-example = Le dos de Mathieu n’allait pas mieux depuis 2 semaines, alors il a pris rendez-vous chez une kinésithérapeute. Elle l’a examiné, n’a rien trouvé d’inquiétant et a changé 2 de ses exercices, et il s’est senti beaucoup plus serein pour bouger.
course-flare-up-get-checked-try = Lisez une fois les deux listes de signes d’alerte ci-dessous, pour les reconnaître s’ils apparaissaient un jour.
course-flare-up-get-checked-question = Votre crise dure depuis environ 2 semaines, sans amélioration. Quelle est la meilleure chose à faire ensuite ?
course-flare-up-get-checked-option-1 = Prendre rendez-vous avec un médecin ou un kinésithérapeute.
course-flare-up-get-checked-option-2 = Arrêter tout mouvement jusqu’à ce que la douleur soit partie.
course-flare-up-get-checked-option-3 = Attendre encore un mois avant de faire quoi que ce soit.
course-flare-up-get-checked-right = Exact. Après environ 2 semaines sans amélioration, ou si ça s’aggrave, il vaut la peine de faire voir votre dos par quelqu’un qui peut vous examiner.
course-flare-up-get-checked-not-quite = Pas tout à fait. Arrêter de bouger a tendance à raidir davantage, et inutile d’attendre plus longtemps. Après environ 2 semaines sans amélioration, prenez rendez-vous avec un médecin ou un kinésithérapeute.

## Thème 5 : sommeil, stress et humeur (semaine 5)

course-theme-5-title = Sommeil, stress et humeur
course-theme-5-summary = Comment le sommeil, le stress et l’humeur peuvent monter ou baisser le volume de la douleur, et de petites choses du quotidien qui aident.

## Leçon : le sommeil et la douleur s’entretiennent.
course-sleep-and-pain-title = Le sommeil et la douleur sont liés
course-sleep-and-pain-key = Le manque de sommeil et la douleur s’entretiennent. Une mauvaise nuit peut rendre la douleur plus forte le lendemain, et ça passe.
course-sleep-and-pain-p-1 = La douleur peut empêcher de trouver une position confortable et de dormir d’une traite. Après une mauvaise nuit, le système d’alarme de votre corps est plus sensible, et le même dos peut faire plus mal. L’un peut entretenir l’autre.
course-sleep-and-pain-p-2 = La bonne nouvelle, c’est que ce cercle fonctionne dans les deux sens. Mieux dormir a tendance à atténuer la douleur, et bouger en douceur dans la journée aide souvent à dormir.
course-sleep-and-pain-p-3 = Une mauvaise nuit n’efface pas vos progrès. Un jour de fatigue, continuez à bouger, mais en douceur : une séance plus facile et une courte marche suffisent largement.
course-sleep-and-pain-example = Après une nuit agitée, la douleur de Manon était à 6 sur 10 au lieu de 4 d’habitude. Elle a fait la version plus facile de son programme et une courte marche, et le soir, sa douleur était revenue à son niveau habituel.
course-sleep-and-pain-try = Pendant une semaine, notez chaque matin si vous avez bien, moyennement ou mal dormi, à côté de l’état de votre dos. Regardez si les deux évoluent ensemble.
course-sleep-and-pain-question = Après une mauvaise nuit, votre dos vous fait plus mal que d’habitude. Quelle est la raison la plus probable ?
course-sleep-and-pain-option-1 = Votre dos s’est blessé pendant votre sommeil.
course-sleep-and-pain-option-2 = La fatigue a rendu votre corps plus sensible à la douleur pour un temps.
course-sleep-and-pain-option-3 = Vos exercices ne marchent plus.
course-sleep-and-pain-right = Oui. Le manque de sommeil augmente votre sensibilité à la douleur pour un temps. Ça passe, surtout après une meilleure nuit.
course-sleep-and-pain-not-quite = Pas tout à fait. Après une mauvaise nuit, le même dos fait souvent plus mal parce que la fatigue rend votre corps plus sensible à la douleur. Ce n’est pas une nouvelle lésion, et ça passe.

## Leçon : se préparer à une meilleure nuit.
course-sleep-better-nights-title = Se préparer à une meilleure nuit
course-sleep-better-nights-key = Une position confortable, un rythme régulier et un moment calme avant le coucher donnent au sommeil toutes ses chances.
course-sleep-better-nights-p-1 = Utilisez des oreillers pour soutenir la position qui vous soulage : sous les genoux si vous êtes sur le dos, entre les genoux si vous êtes sur le côté. Pour sortir du lit quand vous avez mal, tournez-vous d’abord sur le côté, puis redressez-vous en poussant sur vos bras.
course-sleep-better-nights-p-2 = Gardez un rythme régulier. Levez-vous à peu près à la même heure chaque jour, week-end compris, et accordez-vous une demi-heure calme avant le coucher, avec une lumière douce et sans travail.
course-sleep-better-nights-p-3 = Si le sommeil ne vient pas depuis un long moment, levez-vous et faites quelque chose de calme sous une lumière douce, puis retournez au lit quand vous avez sommeil. Rester au lit à s’inquiéter du sommeil a tendance à l’éloigner.
# « Moment calme avant le coucher » (wind-down) : une routine calme avant de dormir. « La séance pour
# s’apaiser avant de dormir » : la séance de détente du coucher (calm-wind-down).
course-sleep-better-nights-p-4 = La séance de Limber pour s’apaiser avant de dormir est faite pour le coucher. Elle aide votre corps et vos pensées à ralentir.
course-sleep-better-nights-example = Romain faisait défiler son téléphone au lit jusque tard. Il a remplacé cette habitude par la séance pour s’apaiser avant de dormir, lumière tamisée, et au bout d’une semaine, il s’endormait plus vite la plupart des soirs.
course-sleep-better-nights-try = Choisissez une heure de lever et tenez-vous-y chaque jour cette semaine. Essayez aussi, 3 soirs, la séance pour s’apaiser avant de dormir, une fois au lit.
course-sleep-better-nights-question = Qu’est-ce qui vous aide à dormir, et qu’est-ce qui vous en empêche ?

## Leçon : le stress et la douleur s’entretiennent.
course-stress-turns-pain-up-title = Le stress peut augmenter la douleur
course-stress-turns-pain-up-key = Le stress et la douleur s’entretiennent. Quand votre corps se sent plus calme et en sécurité, la douleur diminue souvent un peu, elle aussi.
course-stress-turns-pain-up-p-1 = La douleur est l’alarme de votre corps, et le stress rend cette alarme plus sensible. Pendant une semaine tendue, vos muscles se contractent, votre respiration devient plus rapide et plus courte, et le même dos peut faire plus mal.
course-stress-turns-pain-up-p-2 = La douleur est elle-même une source de stress, alors les deux peuvent s’entretenir. Vous ne pouvez pas toujours supprimer le stress, mais vous pouvez donner régulièrement à votre corps des signes qu’il est en sécurité.
course-stress-turns-pain-up-p-3 = Respirer lentement est l’un des plus simples. Expirer plus lentement que vous n’inspirez aide votre corps à passer en mode repos. Comme pour tout savoir-faire, ça marche mieux si vous vous entraînez les jours calmes, pour l’avoir sous la main les jours difficiles.
course-stress-turns-pain-up-p-4 = Les séances de détente de Limber proposent de la respiration lente, un scan corporel et une détente musculaire douce. Quelques minutes par jour suffisent pour commencer.
course-stress-turns-pain-up-example = Pendant une semaine pleine d’échéances, Sébastien a remarqué que son dos lui faisait plus mal en fin d’après-midi. Il s’est mis un rappel pour faire la séance de respiration lente à son bureau après le déjeuner, et les après-midi sont devenus plus faciles.
course-stress-turns-pain-up-try = Une fois par jour cette semaine, essayez l’une des séances de détente de Limber à un moment calme, pas seulement dans un moment difficile.
course-stress-turns-pain-up-question = Pourquoi une semaine stressante peut-elle vous faire plus mal au dos ?
course-stress-turns-pain-up-option-1 = Le stress abîme les disques de votre dos.
course-stress-turns-pain-up-option-2 = La douleur n’est pas réelle : tout se passe dans votre tête.
course-stress-turns-pain-up-option-3 = Le stress rend le système d’alarme de votre corps plus sensible.
course-stress-turns-pain-up-right = Exact. Le stress monte le volume de l’alarme de votre corps, et le même dos peut faire plus mal. Calmer votre corps aide à baisser le volume.
course-stress-turns-pain-up-not-quite = Pas tout à fait. La douleur sous stress est une vraie douleur, et elle ne signifie pas une lésion. Le stress rend le système d’alarme de votre corps plus sensible, et calmer votre corps aide à baisser le volume.

## Leçon : les pensées inquiètes.
course-mood-worried-thoughts-title = Quand l’inquiétude prend le dessus
course-mood-worried-thoughts-key = Les pensées inquiètes, comme l’impression que votre dos n’ira jamais mieux, sont fréquentes. Elles ressemblent à des faits, mais ce sont des suppositions auxquelles vous pouvez répondre.
course-mood-worried-thoughts-p-1 = L’inquiétude est une réaction naturelle à la douleur. Mais les pensées inquiètes peuvent faire paraître la douleur plus grande, faire sembler le mouvement plus risqué qu’il ne l’est, et rendre plus difficile ce qui aide.
course-mood-worried-thoughts-p-2 = Ça aide de repérer une pensée inquiète et de lui donner un nom : c’est une inquiétude, pas un fait. Puis répondez-y avec ce que vous savez. Les crises se sont déjà calmées avant. La douleur ne mesure pas les dégâts. Les petites étapes finissent par compter.
# « Thérapie cognitive et comportementale » (en anglais CBT) : une thérapie par la parole ; la désigner par son nom usuel.
course-mood-worried-thoughts-p-3 = Apprendre à gérer ses pensées et le stress peut aider en cas de mal de dos. Dans un essai, les personnes qui avaient appris la pleine conscience, ou suivi une thérapie cognitive et comportementale (une thérapie par la parole qui travaille sur les pensées et les habitudes), arrivaient à faire plus de choses au quotidien après 26 semaines que celles qui avaient reçu les soins habituels.
course-mood-worried-thoughts-example = Yasmine s’est réveillée raide et s’est surprise à penser qu’elle resterait comme ça pour toujours. Elle a noté cette pensée et, en dessous, que sa dernière crise s’était calmée en une quinzaine de jours. À midi, elle se sentait prête pour une courte marche.
course-mood-worried-thoughts-try = Quand une pensée inquiète avec « jamais » ou « toujours » vous vient, écrivez-la, puis notez une chose que vous savez et qui y répond.
course-mood-worried-thoughts-question = Une pensée vous dit que votre dos n’ira jamais mieux. Quelle est la façon la plus utile d’y réagir ?
course-mood-worried-thoughts-option-1 = La prendre pour un fait et organiser votre vie autour.
course-mood-worried-thoughts-option-2 = La repérer comme une inquiétude, et y répondre avec ce que vous savez.
course-mood-worried-thoughts-option-3 = La chasser et essayer de ne plus jamais penser à votre dos.
course-mood-worried-thoughts-right = Oui. La nommer comme une inquiétude et y répondre avec ce que vous savez lui enlève une partie de son pouvoir.
course-mood-worried-thoughts-not-quite = Pas tout à fait. Les pensées inquiètes ressemblent à des faits mais sont des suppositions, et les chasser marche rarement longtemps. Nommez la pensée comme une inquiétude, puis répondez-y.

## Leçon : l’humeur et ce que vous aimez.
course-mood-what-you-enjoy-title = Faites de la place à ce que vous aimez
course-mood-what-you-enjoy-key = La douleur peut peu à peu chasser ce qui rend la vie agréable. Le retrouver, par petites doses, aide votre moral et votre dos.
course-mood-what-you-enjoy-p-1 = Quand votre dos vous fait mal, il est facile de laisser tomber les loisirs, les sorties et les moments entre amis. La vie se rétrécit, et le moral a tendance à baisser avec elle. Un moral bas peut ensuite rendre la douleur plus dure à supporter.
course-mood-what-you-enjoy-p-2 = Inutile d’attendre que la douleur soit partie. Choisissez quelque chose qui vous manque et trouvez-en une version plus petite : 20 minutes de jardinage au lieu d’un après-midi, ou un café entre amis au lieu d’une journée entière.
course-mood-what-you-enjoy-p-3 = Si vous avez le moral bas la plupart des jours pendant 2 semaines ou plus, ou si ce que vous aimiez faire ne vous intéresse plus, parlez-en à votre médecin. Le soutien pour votre moral fait partie des soins de votre dos, ce n’est pas une chose à part.
course-mood-what-you-enjoy-example = Bernard avait arrêté sa chorale parce que rester debout 2 heures lui faisait mal. Il y est retourné pour la première moitié seulement, en s’asseyant entre les chants, et il est rentré fatigué mais heureux.
course-mood-what-you-enjoy-try = Choisissez une chose qui vous manque et prévoyez-en une version plus petite cette semaine. Notez-la dans votre agenda comme un rendez-vous.
course-mood-what-you-enjoy-question = Quelle chose votre dos a-t-il chassée de votre vie, que vous aimeriez retrouver, même un peu ?

## Thème 6 : travail, vie quotidienne et garder un dos en forme (semaine 6)

course-theme-6-title = Vie quotidienne et dos en forme
course-theme-6-summary = Le travail, la marche et de petites habitudes quotidiennes qui vous gardent en mouvement et aident votre dos à rester en forme plus longtemps.

## Leçon : continuer le travail et la vie quotidienne (c’était la lecture « Continuez votre vie de tous les jours »).
course-work-and-daily-life-title = Continuer le travail et la vie courante
course-work-and-daily-life-key = Poursuivre vos activités habituelles, du mieux que vous pouvez, fait partie des soins à votre dos. Cela vaut aussi pour le travail.
course-work-and-daily-life-p-1 = Les recommandations sur la lombalgie encouragent à garder ses activités habituelles autant que possible : travail, tâches ménagères, loisirs, voir des amis. Vous devrez peut-être faire certaines choses plus lentement ou en plusieurs fois pendant un temps, et c’est très bien ainsi.
course-work-and-daily-life-p-2 = Rester au travail, ou y retourner avec quelques aménagements pour un temps, aide généralement à se remettre. Demandez ce qui pourrait vous faciliter les choses : plus de pauses, des tâches plus légères, ou alterner position assise et debout.
# « Appareil de TENS » : petit appareil qui envoie de légères impulsions électriques à travers la peau ; garder « TENS ».
course-work-and-daily-life-p-3 = Certains produits promettent une solution rapide. Les recommandations britanniques du NICE ne conseillent pas les ceintures lombaires, la traction ni les appareils de TENS pour la lombalgie : inutile donc d’y dépenser de l’argent. Ce qu’elles soutiennent, c’est de garder une activité, de faire un exercice qui vous plaît et de progresser en douceur avec le temps.
course-work-and-daily-life-example = Stéphane travaille dans un entrepôt. Après une crise, il s’est mis d’accord avec son responsable pour faire des tâches plus légères pendant 2 semaines, avec une courte pause toutes les heures, puis il a repris son travail habituel.
course-work-and-daily-life-try = Choisissez une activité du quotidien que vous évitez et faites-en un plus petit morceau cette semaine, comme une seule machine de linge ou un petit tour au magasin.
course-work-and-daily-life-question = Parmi ces propositions, laquelle les recommandations britanniques du NICE soutiennent-elles pour la lombalgie ?
course-work-and-daily-life-option-1 = Garder une activité et continuer la vie de tous les jours.
course-work-and-daily-life-option-2 = Porter une ceinture lombaire tous les jours.
course-work-and-daily-life-option-3 = Acheter un appareil de TENS.
course-work-and-daily-life-right = Exact. Poursuivre vos activités habituelles, avec un exercice qui vous plaît, c’est ce que soutiennent ces recommandations.
course-work-and-daily-life-not-quite = Pas tout à fait. Le NICE ne conseille pas les ceintures lombaires, la traction ni les appareils de TENS. Il recommande de garder une activité et de continuer la vie de tous les jours.

## Leçon : la marche et moins de crises (c’était la lecture « Pourquoi la marche »). Gardez tous les chiffres.
course-walking-fewer-flares-title = La marche éloigne les crises
course-walking-fewer-flares-key = Marcher régulièrement, en augmentant en douceur, peut aider votre dos à rester en forme plus longtemps. Dans un grand essai, les marcheurs ont tenu presque deux fois plus longtemps avant une crise.
course-walking-fewer-flares-p-1 = L’essai WalkBack, publié dans The Lancet en 2024, a suivi 701 adultes qui venaient de se remettre d’un épisode de lombalgie. La moitié a reçu un programme de marche qui augmentait étape par étape, avec un volet d’éducation. L’autre moitié n’a reçu aucun traitement.
course-walking-fewer-flares-p-2 = Les marcheurs avaient environ un quart de risque en moins de faire une crise limitant leurs activités (un hazard ratio de 0,72). Chez un marcheur typique, 208 jours s’écoulaient avant une crise, contre 112 jours sans le programme.
# « Semaine de départ » (baseline week) : la première semaine du programme de marche, qui sert à
# trouver une durée confortable (c’est le mot de l’écran de la marche).
course-walking-fewer-flares-p-3 = Le plan de marche de Limber progresse avec la même douceur. Pendant une semaine de départ, vous faites jusqu’à 3 marches d’une durée confortable. Votre plan démarre à environ 80 % de cela, puis ajoute environ 10 % par semaine, mais seulement après une semaine réalisée comme prévu. Après une crise, il reste au même niveau ou redescend d’un cran.
course-walking-fewer-flares-p-4 = L’objectif est de 30 minutes, 5 jours par semaine : 150 minutes par semaine, la quantité d’activité modérée que l’Organisation mondiale de la santé conseille aux adultes. Vous pouvez découper une marche en moments plus courts, comme 3 marches de 10 minutes.
course-walking-fewer-flares-example = Les marches de départ de Monique duraient environ 10 minutes, donc son plan a commencé à 8. En ajoutant un peu chaque semaine, elle marchait 15 minutes la plupart des jours en moins de 2 mois.
course-walking-fewer-flares-try = Cette semaine, faites vos marches à la même heure, par exemple après le déjeuner, pour qu’elles trouvent leur place dans votre journée.
course-walking-fewer-flares-question = Quand et où aimez-vous le plus marcher, et comment pourriez-vous en faire un rendez-vous de votre semaine ?

## Leçon : le cardio doux (c’était la lecture « Du cardio doux pour votre dos »).
course-walking-gentle-cardio-title = Du cardio doux pour votre dos
course-walking-gentle-cardio-key = La marche, la natation, le vélo et l’aquagym font travailler votre cœur sans secouer votre dos.
course-walking-gentle-cardio-p-1 = Le cardio à faible impact désigne une activité qui accélère votre rythme cardiaque sans chocs ni secousses pour le corps. Pensez à la marche, à la natation, au vélo d’appartement ou à un cours d’aquagym.
course-walking-gentle-cardio-p-2 = Comme elles ménagent votre colonne, ces activités sont un bon point de départ. Elles améliorent votre condition physique, font circuler davantage de sang vers votre dos et peuvent vous aider à vous sentir mieux dans votre peau.
course-walking-gentle-cardio-p-3 = La marche est la plus facile à caser dans une journée : quelques minutes à un rythme confortable suffisent largement pour commencer. Dans l’eau, une partie de votre poids est portée pour vous, alors bouger peut y sembler plus facile.
# « Noter » (log) : enregistrer dans l’application après coup.
course-walking-gentle-cardio-p-4 = Commencez par des séances courtes et ajoutez un peu de temps tous les quelques jours quand c’est confortable. Vous pouvez les faire sans votre téléphone et les noter dans Limber ensuite.
course-walking-gentle-cardio-example = Les rues en pente rendaient la marche difficile pour Chantal, alors elle a essayé un cours d’aquagym à la piscine de son quartier. Au début, elle restait la moitié du cours, et maintenant, elle reste jusqu’au bout.
course-walking-gentle-cardio-try = Cette semaine, essayez une courte séance d’un cardio doux que vous ne pratiquez pas d’habitude, et notez-la ensuite.
course-walking-gentle-cardio-question = Pourquoi la natation ou l’aquagym peuvent-elles sembler plus faciles quand on a mal au dos ?
course-walking-gentle-cardio-option-1 = L’eau froide engourdit votre dos.
course-walking-gentle-cardio-option-2 = Votre dos ne bouge pas du tout dans l’eau.
course-walking-gentle-cardio-option-3 = L’eau porte une partie de votre poids.
course-walking-gentle-cardio-right = Oui. Dans l’eau, une partie de votre poids est portée pour vous, alors bouger peut y sembler plus facile.
course-walking-gentle-cardio-not-quite = Pas tout à fait. Votre dos bouge quand même dans l’eau, et c’est bon pour lui. Bouger semble plus facile parce que l’eau porte une partie de votre poids.

## Leçon : un peu, mais souvent (c’était la lecture « Un peu, mais souvent »).
course-well-little-often-title = Un peu, mais souvent
course-well-little-often-key = Quelques minutes la plupart des jours font plus pour votre dos qu’une grosse séance de temps en temps.
course-well-little-often-p-1 = De petites doses régulières de mouvement finissent par compter. Un programme court est aussi plus facile à tenir les jours chargés ou douloureux qu’un long entraînement.
course-well-little-often-p-2 = Variez : un peu de renforcement, un peu d’étirements et un peu de cardio doux comme la marche. Chaque type d’activité aide à sa façon, et la variété rend les choses plus intéressantes.
course-well-little-often-p-3 = Les mouvements inspirés du yoga et du Pilates, qui associent renforcement, étirements et respiration lente, conviennent à beaucoup de personnes qui ont mal au dos. Essayez des séances douces pour débutants et laissez de côté ce qui ne vous semble pas bon.
# Un plan « si… alors » relie une situation à une action : si ceci arrive, alors je fais cela.
course-well-little-often-p-4 = Associez votre programme à quelque chose que vous faites déjà chaque jour, comme votre café du matin, pour en faire une habitude. Un plan « si… alors » aide aussi : s’il pleut, alors je marche dans le centre commercial. Ce genre de plan double à peu près les chances de s’y tenir.
course-well-little-often-example = Amina fait son programme pendant que l’eau chauffe pour son thé du matin. Son plan « si… alors » est simple : si elle est en retard, alors elle ne fait que les 2 premiers exercices.
course-well-little-often-try = Écrivez un plan « si… alors » pour ce qui risque le plus de faire dérailler votre programme cette semaine.
course-well-little-often-question = Qu’est-ce qui a le plus de chances d’aider votre dos dans les mois à venir ?
course-well-little-often-option-1 = Une longue séance intense le week-end.
course-well-little-often-option-2 = Quelques minutes la plupart des jours, en mélangeant renforcement, étirements et marche.
course-well-little-often-option-3 = Attendre d’avoir une heure de libre pour faire de l’exercice.
course-well-little-often-right = Exact. Les petites doses régulières finissent par compter, et un programme court est plus facile à tenir les jours chargés ou douloureux.
course-well-little-often-not-quite = Pas tout à fait. Quelques minutes la plupart des jours, en mélangeant renforcement, étirements et marche, font plus qu’une grosse séance de temps en temps.

## Leçon : le poids et votre dos (c’était la lecture « Le poids et votre dos »).
course-well-healthy-weight-title = Le poids et votre dos
course-well-healthy-weight-key = À un poids sain pour vous, votre colonne supporte moins de charge, et bouger en douceur et régulièrement y aide avec le temps.
course-well-healthy-weight-p-1 = Le bas de votre dos aide à porter votre poids chaque fois que vous êtes debout, que vous marchez ou que vous vous penchez : votre poids fait donc partie de la charge que porte votre colonne chaque jour.
course-well-healthy-weight-p-2 = Il ne s’agit pas de régimes stricts ni de courir après un chiffre. Les marches et les exercices de votre programme sont déjà une façon douce et régulière de prendre soin de votre poids avec le temps.
course-well-healthy-weight-p-3 = Si vous souhaitez plus d’aide pour votre poids, un professionnel de santé peut vous accompagner à un rythme qui vous convient. Accordez-vous de la bienveillance en chemin : de petits changements que vous pouvez tenir comptent plus que de grands changements impossibles à tenir.
course-well-healthy-weight-example = Patrick voulait perdre un peu de poids, mais l’idée d’un régime le rebutait. Il a continué ses marches, a pris un fruit au lieu de biscuits la plupart des après-midi, et a demandé à une infirmière du cabinet de son médecin de faire le point avec lui de temps en temps.
course-well-healthy-weight-try = Choisissez un petit changement que vous pourriez tenir, comme une marche après le dîner, et faites-le 3 jours cette semaine.
course-well-healthy-weight-question = Quelle est la façon la plus bienveillante de prendre soin de votre poids pour votre dos ?
course-well-healthy-weight-option-1 = De petites habitudes régulières, comme des marches fréquentes.
course-well-healthy-weight-option-2 = Un régime strict pendant quelques semaines.
course-well-healthy-weight-option-3 = Sauter des repas les jours de douleur.
course-well-healthy-weight-right = Oui. De petites habitudes que vous pouvez tenir, comme vos marches et vos exercices, prennent soin de votre poids régulièrement avec le temps.
course-well-healthy-weight-not-quite = Pas tout à fait. Les régimes stricts et les repas sautés sont difficiles à tenir. De petites habitudes régulières, comme vos marches et vos exercices, font davantage avec le temps.

## Leçon : si le mal de dos revient.
course-well-if-it-comes-back-title = Si votre mal de dos revient
course-well-if-it-comes-back-key = Chez beaucoup de gens, le mal de dos revient à un moment ou à un autre. Cela ne veut pas dire repartir de zéro : vous savez maintenant ce qui aide.
course-well-if-it-comes-back-p-1 = Un nouvel épisode de mal de dos n’est pas le signe que votre dos est faible ou que vous avez fait quelque chose de travers. Le dos a ses hauts et ses bas, comme nous tous, et la plupart des épisodes se calment.
course-well-if-it-comes-back-p-2 = Ce que vous avez pratiqué pendant ces 6 semaines reste acquis : bouger peu mais souvent, progresser en douceur, votre mode crise, la respiration lente, et connaître les signes d’alerte. Si la douleur revient, commencez par cela plutôt que par le repos.
course-well-if-it-comes-back-p-3 = Garder un dos en forme, ce sont surtout les mêmes habitudes en plus léger : des marches régulières, un programme court quelques fois par semaine, et prendre soin de votre sommeil et de votre stress. Le bilan de la semaine vous aide à remarquer tôt si les choses commencent à se dégrader.
course-well-if-it-comes-back-example = Un an après son premier gros épisode, Sylvie a refait une crise pendant son déménagement. Cette fois, elle n’a pas paniqué : elle a utilisé son mode crise, a continué à marcher un peu chaque jour, et en quelques semaines, elle était revenue à son niveau habituel.
course-well-if-it-comes-back-try = Choisissez les habitudes que vous garderez une fois le cours terminé, par exemple 3 marches et 2 programmes courts par semaine, et notez-les dans votre agenda.
course-well-if-it-comes-back-question = Qu’est-ce qui a le plus aidé votre dos pendant ces 6 semaines, et comment allez-vous le garder dans votre semaine ?
