### Français. Se détendre : des séances guidées de respiration et de détente, en étapes parlées et
### minutées (les temps sont dans calm.json), et les écrans autour. La personne a peut-être mal,
### traverse un mauvais moment ou est au lit : calme, chaleureux, simple et court. Aucune question
### sur la douleur, aucun décompte de répétitions.

## Les écrans de détente

calm-list-title = Se détendre
calm-list-lead = Respiration et détente guidées par une voix, étape par étape. Installez-vous confortablement, appuyez sur Commencer et écoutez.
# Pourquoi ces séances existent, en petit sous le texte d’introduction.
calm-list-why = La douleur et le stress s’entretiennent. Quelques minutes au calme peuvent aider à briser ce cercle.
# À côté d’une séance dans la liste : sa durée, arrondie à la minute.
# Variables:
#   $minutes (Number) - la durée de la séance en minutes
calm-minutes = Environ { $minutes } min
# Variables:
#   $minutes (String) - the length, as calm-minutes says it
#   $position (String) - the position, as calm-position-* says it
calm-meta = { $minutes } · { $position }
# À côté d’une séance dans la liste : la position dans laquelle on la fait.
calm-position-lying = En position allongée
calm-position-sitting = En position assise
# La séance se fait en position assise, allongée ou debout.
calm-position-any = Toutes positions
# Titre au-dessus de la ligne qui dit quand utiliser une séance.
calm-when-heading = Quand ça aide
calm-back = ‹ Se détendre
calm-start = Commencer
calm-pause = Pause
calm-resume = Reprendre
# Arrête une séance avant sa dernière étape.
calm-stop = Arrêter
calm-sound-hint = Montez le son, ou mettez des écouteurs. La voix vous guide : vous pouvez fermer les yeux.
# Affiché à la place de la voix quand le téléphone n’a pas de voix pour la langue de la personne.
calm-no-voice = Ce téléphone n’a pas de voix pour votre langue : chaque étape s’affiche donc ici en texte, l’une après l’autre.
# Pour les lecteurs d’écran : où en est la personne dans la séance.
# Variables:
#   $number (Number) - l’étape en cours, à partir de 1
#   $total (Number) - le nombre d’étapes de la séance
calm-step-of = Étape { $number } sur { $total }
calm-done-title = Terminé pour le moment
calm-done-text = Prenez votre temps avant de bouger. Vous pouvez revenir à ces séances chaque fois que vous en avez besoin.
calm-again = Recommencer
calm-done-back = Retour à « Se détendre »
# Sur la page de crise, au-dessus du lien vers la séance de respiration lente.
calm-flare-hint = Quand vous n’arrivez pas à vous apaiser, quelques minutes de respiration lente peuvent aider.

## Les séances. Pour chacune : un titre (32 caractères au plus), un résumé d’une phrase (sans
## chiffres : l’application affiche les minutes), quand l’utiliser, puis les étapes que la voix du
## téléphone prononce une par une, avec des silences entre elles. Écrire les étapes pour l’oreille :
## phrases courtes, pas de symboles, pas de parenthèses, pas d’abréviations, nombres en toutes
## lettres. Une étape traduite doit prendre à peu près autant de temps à dire que l’anglaise, car
## le silence qui la suit est minuté.

## Respirer dans un mauvais moment : respirations rythmées, environ 4 secondes d’inspiration et
## 6 d’expiration, puis le même rythme seul. Toutes positions.
calm-breathe-bad-moment-title = Respirer dans un mauvais moment
calm-breathe-bad-moment-summary = Quelques minutes de respiration lente et régulière pour vous aider à traverser un moment où la douleur ou l’inquiétude prend le dessus.
calm-breathe-bad-moment-when = Quand la douleur monte d’un coup, ou quand vous êtes à cran.
calm-breathe-bad-moment-step-1 = Vous pouvez le faire en position assise, allongée ou debout, où que vous soyez. Pendant quelques minutes, respirez simplement avec la voix.
calm-breathe-bad-moment-step-2 = Si vous le pouvez, laissez vos épaules descendre un peu et posez vos mains là où c’est facile. Une main peut reposer sur votre ventre, juste sous les côtes.
calm-breathe-bad-moment-step-3 = Inspirez doucement par le nez, et sentez votre ventre se soulever.
# Une image pour une expiration lente et douce ; en français, souffler sur une boisson chaude.
calm-breathe-bad-moment-step-4 = Puis expirez lentement, les lèvres détendues, comme pour souffler sur une boisson chaude.
# Un compte lent : la personne compte en silence jusqu’à quatre en inspirant.
calm-breathe-bad-moment-step-5 = Inspirez encore doucement, en comptant lentement jusqu’à quatre.
calm-breathe-bad-moment-step-6 = Et expirez, lentement, jusqu’à six.
calm-breathe-bad-moment-step-7 = Inspirez, doucement.
calm-breathe-bad-moment-step-8 = Et expirez, longuement, jusqu’au bout.
# Inspirer sur un compte de quatre, expirer sur un compte de six.
calm-breathe-bad-moment-step-9 = Continuez à ce rythme par vous-même : inspirez sur quatre, et expirez sur six.
calm-breathe-bad-moment-step-10 = Si la tête vous tourne, laissez simplement votre respiration redevenir normale un moment. Il n’y a pas de mauvaise façon de faire.
calm-breathe-bad-moment-step-11 = Une longue expiration aide votre corps à se poser. La douleur vient souvent par vagues, et les vagues passent. En expirant, relâchez la mâchoire et les épaules.
calm-breathe-bad-moment-step-12 = Si votre esprit revient sans cesse à la douleur, ce n’est pas grave. Remarquez-le, et ramenez votre attention sur la lente expiration.
calm-breathe-bad-moment-step-13 = Laissez maintenant votre respiration retrouver son rythme naturel.
calm-breathe-bad-moment-step-14 = Quand vous le souhaitez, changez de position ou faites quelques pas tranquilles. Vous pourrez revenir ici à tout moment.

## Un scan corporel : l’attention passe lentement des pieds à la tête. En position allongée ou assise.
calm-body-scan-title = Scan corporel en douceur
calm-body-scan-summary = Une séance plus longue, sans se presser, qui fait passer votre attention des pieds à la tête, pour remarquer les tensions et les laisser se relâcher.
calm-body-scan-when = Chaque fois que vous avez un moment tranquille et envie de décompresser.
calm-body-scan-step-1 = Voici un scan corporel. Vous allez promener lentement votre attention dans votre corps, des pieds jusqu’à la tête.
calm-body-scan-step-2 = Trouvez une position confortable, allongée ou assise, le corps bien soutenu. Fermez les yeux, ou posez votre regard sur un point.
calm-body-scan-step-3 = Il n’y a rien à réparer, rien à réussir. Vous observez simplement, comme on remarque le temps qu’il fait.
calm-body-scan-step-4 = Prenez quelques respirations lentes, l’expiration un peu plus longue. Sentez le lit, le sol ou la chaise qui porte votre poids.
calm-body-scan-step-5 = Portez votre attention sur vos pieds. Remarquez ce qui est là : de la chaleur ou de la fraîcheur, le contact des chaussettes ou d’une couverture, ou peut-être pas grand-chose.
calm-body-scan-step-6 = Maintenant, vos chevilles et le bas de vos jambes. Si vous sentez une tension, inutile de la changer. Laissez simplement votre attention s’y poser un moment.
calm-body-scan-step-7 = Remontez vers vos genoux, puis vers vos cuisses. Remarquez le poids de vos jambes, posées là où elles sont.
calm-body-scan-step-8 = Si votre esprit s’égare, c’est normal. Quand vous le remarquez, ramenez-le doucement là où vous en étiez.
calm-body-scan-step-9 = Maintenant, vos hanches et vos fesses. Laissez-les reposer sur ce qui vous porte.
calm-body-scan-step-10 = Maintenant, le bas du dos. S’il fait mal, remarquez où est la douleur, et où elle s’arrête.
calm-body-scan-step-11 = Remarquez les zones autour, qui sont plus à l’aise. Voyez si la sensation reste la même, ou si elle change un peu d’un instant à l’autre.
calm-body-scan-step-12 = Si votre dos est tendu, imaginez chaque expiration qui s’y répand et l’assouplit un peu. Si rien ne change, c’est très bien aussi.
calm-body-scan-step-13 = Maintenant, votre ventre. Sentez-le monter doucement à l’inspiration, et descendre à l’expiration.
calm-body-scan-step-14 = Remontez à la poitrine et au haut du dos. Sentez vos côtes s’ouvrir et se resserrer à chaque souffle.
calm-body-scan-step-15 = Maintenant, vos mains. Remarquez les doigts et les paumes, puis les avant-bras, les coudes et le haut des bras. Laissez vos bras s’alourdir.
calm-body-scan-step-16 = Maintenant, vos épaules. Les tensions s’y cachent souvent. Laissez-les descendre encore un peu, loin des oreilles.
calm-body-scan-step-17 = Votre nuque, et l’arrière de votre tête. Laissez votre tête reposer entièrement.
calm-body-scan-step-18 = Maintenant, votre visage. Détendez le front et l’espace entre les sourcils. Laissez la mâchoire se relâcher, et les dents s’écarter un peu.
calm-body-scan-step-19 = Maintenant, ressentez votre corps tout entier, des pieds jusqu’au sommet de la tête, en respirant doucement.
calm-body-scan-step-20 = Commencez à remettre un peu de mouvement. Bougez les doigts et les orteils, et respirez plus profondément.
calm-body-scan-step-21 = Quand vous le souhaitez, ouvrez les yeux. Relevez-vous lentement, et emportez ce calme avec vous.

## Détente musculaire en position allongée : des contractions douces (environ à moitié de sa force)
## des mains, des bras, des épaules, du visage, des pieds, du bas des jambes et des cuisses, tenues
## brièvement, puis relâchées. Le dos et le ventre ne sont jamais contractés.
calm-muscle-relax-title = Relâcher les muscles un à un
calm-muscle-relax-summary = Une séance plus longue, en position allongée : vous contractez doucement une partie du corps à la fois, puis vous la relâchez et sentez la détente.
calm-muscle-relax-when = Quand votre corps est tendu et que vous pouvez vous allonger un moment.
calm-muscle-relax-step-1 = Cette séance vous aide à relâcher les tensions. Vous allez contracter un peu une partie du corps, puis la relâcher, et remarquer la différence.
# Positions de soulagement, comme les décrit la page « Mon dos est en crise ».
calm-muscle-relax-step-2 = Allongez-vous sur le dos, les genoux pliés sur un ou deux oreillers, ou sur le côté avec un oreiller entre les genoux. Prenez le temps de bien vous installer.
calm-muscle-relax-step-3 = Chaque contraction reste douce, à peu près à moitié de votre force. Continuez à respirer en tenant.
calm-muscle-relax-step-4 = Si une contraction réveille la douleur, sautez-la et reposez-vous. Votre dos n’a rien à faire : laissez le lit ou le sol le porter.
calm-muscle-relax-step-5 = D’abord, quelques respirations lentes, l’expiration un peu plus longue.
calm-muscle-relax-step-6 = Commencez par les mains. Serrez doucement les poings, et remarquez la tension. Tenez.
calm-muscle-relax-step-7 = Et relâchez. Laissez vos doigts s’ouvrir et s’assouplir. Remarquez la différence.
calm-muscle-relax-step-8 = Maintenant, pliez un peu les coudes et contractez doucement le haut des bras. Tenez.
calm-muscle-relax-step-9 = Et relâchez. Laissez vos bras reposer, lourds, le long du corps.
calm-muscle-relax-step-10 = Maintenant, montez un peu les épaules vers les oreilles. Tenez-les ainsi.
calm-muscle-relax-step-11 = Et laissez-les retomber. Sentez-les descendre et s’élargir.
calm-muscle-relax-step-12 = Maintenant, plissez doucement le visage : fermez bien les yeux et serrez les lèvres. Tenez.
calm-muscle-relax-step-13 = Et relâchez. Lissez le front, détendez les yeux, et laissez la mâchoire se desserrer.
calm-muscle-relax-step-14 = Respirez lentement. Remarquez maintenant vos mains, vos bras, vos épaules et votre visage.
calm-muscle-relax-step-15 = Puis les pieds. Repliez doucement les orteils. Tenez.
calm-muscle-relax-step-16 = Et relâchez. Les orteils s’écartent et se détendent.
calm-muscle-relax-step-17 = Maintenant, tirez les orteils vers les tibias, et sentez l’avant des jambes se contracter. Tenez.
calm-muscle-relax-step-18 = Et relâchez. Laissez vos pieds reposer, lourds.
# Sur le dos, les genoux se rapprochent ; sur le côté, ils serrent l’oreiller.
calm-muscle-relax-step-19 = Maintenant, rapprochez doucement les genoux, ou serrez l’oreiller entre eux. Tenez.
calm-muscle-relax-step-20 = Et relâchez. Laissez vos jambes souples et lourdes.
calm-muscle-relax-step-21 = Votre dos et votre ventre n’ont rien à contracter. Sentez simplement votre dos au repos, et laissez chaque expiration l’assouplir un peu plus.
calm-muscle-relax-step-22 = Faites maintenant un second tour, avec encore moins d’effort. Fermez les poings, si légèrement que vous le sentez à peine. Tenez.
calm-muscle-relax-step-23 = Et relâchez.
calm-muscle-relax-step-24 = Montez les épaules, à peine. Tenez.
calm-muscle-relax-step-25 = Et laissez-les tomber.
calm-muscle-relax-step-26 = Repliez les orteils, très légèrement. Tenez.
calm-muscle-relax-step-27 = Et relâchez.
calm-muscle-relax-step-28 = Maintenant, reposez-vous. Sentez votre corps tout entier, lourd et soutenu, des pieds à la tête.
calm-muscle-relax-step-29 = S’il reste une tension quelque part, expirez et laissez-la partir.
calm-muscle-relax-step-30 = Restez encore un peu dans ce calme.
calm-muscle-relax-step-31 = Commencez à réveiller votre corps. Bougez les doigts et les orteils, et respirez plus profondément.
calm-muscle-relax-step-32 = Si vous êtes au lit, restez simplement vous reposer. Pour vous lever, tournez-vous d’abord sur le côté, puis poussez lentement sur vos bras pour vous redresser.

## S’apaiser avant de dormir, au lit : respiration, détente, laisser passer les pensées, compter
## les respirations, un endroit calme. La séance se termine en silence, sans son après la dernière étape.
calm-wind-down-title = S’apaiser avant de dormir
calm-wind-down-summary = Une séance plus longue et tranquille, au lit, qui ralentit votre respiration, détend votre corps et vous aide à laisser la journée derrière vous avant de dormir.
calm-wind-down-when = Au lit, lumière éteinte, quand vous voulez dormir.
calm-wind-down-step-1 = Voici un moment calme pour ralentir en fin de journée. Installez-vous dans votre lit, dans une position qui ménage votre dos.
calm-wind-down-step-2 = Vous pouvez vous allonger sur le dos, un oreiller sous les genoux, ou sur le côté, un oreiller entre les genoux. Prenez autant d’oreillers qu’il faut.
calm-wind-down-step-3 = Laissez le lit porter tout votre poids. Il n’y a plus rien à faire aujourd’hui.
calm-wind-down-step-4 = Inspirez doucement, et expirez un peu plus lentement. Que chaque expiration soit douce et facile.
calm-wind-down-step-5 = À chaque expiration, laissez partir un peu de la journée.
calm-wind-down-step-6 = Laissez votre front se lisser, vos yeux s’alourdir et votre mâchoire se relâcher.
calm-wind-down-step-7 = Laissez vos épaules s’enfoncer dans l’oreiller, et vos bras devenir lourds.
calm-wind-down-step-8 = Laissez votre dos se reposer, vos hanches et vos jambes s’enfoncer dans le matelas.
calm-wind-down-step-9 = Laissez vos pieds au chaud, immobiles.
calm-wind-down-step-10 = La nuit, quand tout est calme, la douleur peut sembler plus forte. Inutile de lutter contre elle. Laissez-la être là, et gardez une respiration lente.
# Une image pour laisser passer les pensées ; les nuages sont naturels en français aussi.
calm-wind-down-step-11 = Des pensées sur aujourd’hui ou sur demain peuvent venir. C’est normal. Remarquez-les, et laissez-les passer comme des nuages.
# Une image pour mettre un souci de côté jusqu’au matin.
calm-wind-down-step-12 = S’il y a quelque chose à retenir, imaginez-le rangé dans un tiroir jusqu’au matin.
# La personne compte à rebours en silence, un nombre à chaque expiration, de dix à un.
calm-wind-down-step-13 = Maintenant, comptez vos respirations à rebours à partir de dix. En expirant, dites dix en silence.
calm-wind-down-step-14 = Continuez à compter à rebours, un nombre à chaque expiration. Si vous perdez le fil, reprenez simplement à dix.
calm-wind-down-step-15 = Laissez maintenant les nombres, où que vous en soyez. Imaginez un endroit où vous vous sentez calme et en sécurité. Remarquez ce que vous y voyez, et ce que vous y entendez.
calm-wind-down-step-16 = Reposez-vous là. Si le sommeil vient, laissez-le venir. Sinon, ce repos au calme fait quand même du bien à votre corps.
calm-wind-down-step-17 = Il n’y a plus rien à faire. Restez aussi longtemps que vous voulez. Bonne nuit.

## Around the sessions

# Variables:
#   $title (String) - the session's title
#   $minutes (Number) - how long it was listened to, in whole minutes
calm-done-line = { $title }, { $minutes } min
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-rest = Repos : { $minutes } minutes de calme
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-flare = Un moment de calme à essayer, { $minutes } min
calm-paused = En pause
calm-goodnight = Bonne nuit. Reposez-vous bien.
