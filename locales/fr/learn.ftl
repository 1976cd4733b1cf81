### Français. Comprendre : de courtes lectures pour vivre et bouger avec une lombalgie, et
### les écrans qui les entourent. Calme, simple et court ; les faits et les chiffres
### exactement comme en anglais.

## Les écrans

learn-title = Comprendre
learn-lead = Quelques minutes de lecture pour que les exercices prennent tout leur sens.
learn-back = ‹ Toutes les lectures
learn-next-read = Lecture suivante
learn-sources-heading = D’où viennent ces informations

## À la fin de « Avoir mal, ce n’est pas se faire du mal » : la règle avec les chiffres de la personne.

learn-your-bands = Votre douleur habituelle est d’environ { $usual }, d’après vos dernières réponses. Pendant l’exercice, une douleur jusqu’à { $green } ne pose pas de problème, jusqu’à { $amber } c’est acceptable si elle se calme d’ici le lendemain matin, et au-delà (ou une douleur qui descend dans une jambe), il faut rendre l’exercice plus facile.
learn-your-bands-no-amber = Votre douleur habituelle est d’environ { $usual }, d’après vos dernières réponses. Pendant l’exercice, une douleur jusqu’à { $green } ne pose pas de problème, et au-delà (ou une douleur qui descend dans une jambe), il faut rendre l’exercice plus facile.

## Sources

learn-source-silbernagel = Modèle de surveillance de la douleur : Silbernagel et al., Am J Sports Med, 2007 (une étude sur la douleur du tendon d’Achille)
learn-source-walkback = Essai WalkBack : Pocovi et al., The Lancet, 2024
learn-source-who-2020 = Lignes directrices de l’OMS sur l’activité physique et la sédentarité, 2020
learn-source-nice-ng59 = Recommandation NICE NG59, Low back pain and sciatica in over 16s, 2016

## Les lectures, dans l’ordre

learn-why-movement-summary = Bouger en douceur et régulièrement aide souvent un dos douloureux à se remettre plus vite que le repos.
learn-why-movement-p-1 = Le mal de dos est très courant : jusqu’à 8 personnes sur 10 en souffrent à un moment de leur vie. Si votre dos vous fait mal en ce moment, vous êtes en bonne compagnie.
learn-why-movement-p-2 = Quand on a mal, rester immobile peut sembler le plus raisonnable. Pourtant, de longues périodes de repos n’aident généralement pas. Les muscles qui ne servent pas s’affaiblissent, les articulations se raidissent, et bouger peut devenir plus difficile qu’avant.
learn-why-movement-p-3 = Bouger régulièrement a l’effet inverse. Des muscles plus forts au niveau du ventre, des flancs, du bas du dos et des hanches soutiennent mieux votre colonne. Le mouvement envoie aussi davantage de sang vers cette zone et libère des endorphines, les antidouleurs naturels de votre corps, qui peuvent aussi améliorer votre humeur.
learn-why-movement-p-4 = Voyez donc le mouvement en douceur comme une partie du traitement, et non comme une récompense pour quand la douleur sera partie. Même un peu, ça compte, et vous pouvez augmenter progressivement à partir de là.

learn-hurt-vs-harm-summary = Un peu d’inconfort pendant l’exercice, c’est normal. Noter votre douleur de 0 à 10 par rapport à l’habitude vous dit s’il faut continuer ou alléger.
learn-hurt-vs-harm-p-1 = Ressentir un peu de douleur en bougeant ne veut pas forcément dire que vous vous faites du mal. Un dos douloureux peut être plus sensible pendant un temps, et une pratique calme et régulière l’aide à se réhabituer au mouvement.
learn-hurt-vs-harm-p-2 = Pendant l’exercice, notez votre douleur de 0 (aucune douleur) à 10 (la pire que vous puissiez imaginer). Limber utilise les trois zones ci-dessous chaque fois que vous lui signalez une douleur.
learn-hurt-vs-harm-p-3 = Cette façon de surveiller la douleur vient de la recherche en kinésithérapie. Si votre dos est déjà au-dessus de 3 la plupart des jours, les zones montent avec lui : votre niveau habituel est en vert, jusqu’à environ 2 points au-dessus en orange, et au-delà, ou à partir de 8, en rouge. Limber calcule votre niveau habituel à partir de vos dernières réponses.
learn-hurt-vs-harm-p-4 = Le rouge n’est pas un échec et ne veut pas dire qu’il faut arrêter de bouger. Rendez cet exercice plus facile, ou passez-le et reposez-vous, puis réessayez un autre jour. Si votre douleur reste élevée, faites-la examiner par un médecin ou un kinésithérapeute.
learn-hurt-vs-harm-point-1 = Vert, de 0 à 3/10 (ou jusqu’à votre niveau habituel) : pas de problème. Continuez en bougeant lentement et en respirant tranquillement.
learn-hurt-vs-harm-point-2 = Orange, de 4 à 5/10 (ou jusqu’à 2 au-dessus de votre niveau habituel) : pas de problème si ça se calme d’ici le lendemain matin. Levez un peu le pied : moins de répétitions, des mouvements plus petits.
learn-hurt-vs-harm-point-3 = Rouge, 6/10 ou plus (ou 3 au-dessus de votre niveau habituel, ou à partir de 8), ou une douleur qui descend dans une jambe : arrêtez cet exercice ; essayez sa version plus facile ou passez-le.

learn-next-morning-summary = L’état de votre dos le matin après une séance est le meilleur indice pour savoir si vous avez fait la bonne dose.
learn-next-morning-p-1 = Pendant une séance, il peut être difficile de juger la bonne dose. Votre dos répond plus clairement plus tard : comment il va le lendemain matin, par rapport à avant la séance.
learn-next-morning-p-2 = C’est pourquoi, le lendemain d’une séance, Limber vous pose une seule question : votre dos va-t-il mieux, à peu près pareil ou moins bien qu’avant ? Choisissez une réponse et enregistrez ; votre note de douleur est facultative.
learn-next-morning-p-3 = Un peu de douleur pendant une séance, ça va, tant qu’elle s’est calmée le lendemain matin. C’est la même règle que la note de 0 à 10, vue depuis le lendemain.
learn-next-morning-point-1 = Mieux, ou à peu près pareil : la dose vous convenait, vous pouvez progresser.
learn-next-morning-point-2 = Moins bien : votre prochaine séance recule d’un cran, pour laisser à votre dos le temps de se calmer.

learn-pacing-summary = C’est par petits paliers réguliers que la force revient, sans irriter votre dos.
learn-pacing-p-1 = Un bon jour, on est tenté d’en faire beaucoup. Un démarrage en douceur vous réussit généralement mieux : commencez par des mouvements doux et à faible impact, comme une courte marche, et laissez votre corps vous montrer ce qu’il est prêt à faire.
learn-pacing-p-2 = Quand un exercice vous semble confortable, ajoutez-en un peu : une ou deux répétitions de plus, ou un peu plus de temps. Restez ensuite à ce niveau quelques jours avant d’en rajouter. Progresser lentement, c’est quand même progresser.
learn-pacing-p-3 = Si votre douleur s’emballe, inutile de repartir de zéro. Revenez au dernier niveau qui vous semblait confortable, restez-y le temps que ça se calme, puis reprenez votre progression.
learn-pacing-point-1 = C’est confortable ? Ajoutez 1 ou 2 répétitions, ou un peu de temps.
learn-pacing-point-2 = Laissez quelques jours entre chaque palier.
learn-pacing-point-3 = La douleur s’emballe ? Revenez à votre dernier niveau confortable.

learn-why-walking-summary = Un grand essai a montré qu’un simple programme de marche aidait à rester plus longtemps sans crise de mal de dos.
learn-why-walking-p-1 = L’essai WalkBack, publié dans The Lancet en 2024, a suivi 701 adultes qui venaient de se remettre d’un épisode de lombalgie. La moitié a reçu un programme de marche qui augmentait étape par étape, avec un volet d’éducation. L’autre moitié n’a reçu aucun traitement.
learn-why-walking-p-2 = Les marcheurs avaient environ un quart de risque en moins de faire une crise limitant leurs activités (un hazard ratio de 0,72). Chez un marcheur typique, 208 jours s’écoulaient avant une crise, contre 112 jours sans le programme : presque deux fois plus longtemps.
learn-why-walking-p-3 = Le plan de marche de Limber progresse avec la même douceur. Pendant une semaine de référence, vous faites jusqu’à 3 marches d’une durée confortable. Votre plan démarre à environ 80 % de cela, puis ajoute environ 10 % par semaine, mais seulement après une semaine réalisée comme prévu. Après une crise, il se maintient ou recule.
learn-why-walking-p-4 = L’objectif est de 30 minutes, 5 jours par semaine : 150 minutes par semaine, la quantité d’activité modérée que l’Organisation mondiale de la santé conseille aux adultes. Vous pouvez découper une marche en moments plus courts, comme 3 marches de 10 minutes.

learn-flare-up-plan-summary = Les mauvais jours de dos sont difficiles, et avoir un plan simple sous la main aide à continuer de bouger en douceur.
learn-flare-up-plan-p-1 = Une crise douloureuse est une période où votre douleur est plus forte que d’habitude. Cela peut inquiéter, mais plus de douleur ne veut pas forcément dire plus de lésions, et rester longtemps immobile a tendance à raidir davantage.
learn-flare-up-plan-p-2 = Continuez à bouger, mais moins. Raccourcissez vos séances et choisissez les versions plus faciles de vos exercices. De courtes marches, peu mais souvent dans la journée, vous aident à garder une activité sans en faire trop.
learn-flare-up-plan-p-3 = Quand ça se calme, remontez un palier à la fois à partir de votre dernier niveau confortable, plutôt que de revenir d’un coup là où vous en étiez.
learn-flare-up-plan-p-4 = Parlez-en à un médecin ou à un kinésithérapeute si une crise ne s’est pas améliorée après environ 2 semaines, ou continue de s’aggraver. Si vous remarquez l’un des signes d’alerte de « Quand consulter un professionnel », consultez un médecin le jour même.
learn-flare-up-plan-point-1 = Continuez à bouger en douceur plutôt que de tout arrêter.
learn-flare-up-plan-point-2 = Des séances plus courtes, des versions plus faciles.
learn-flare-up-plan-point-3 = Marchez peu mais souvent.
learn-flare-up-plan-point-4 = Remontez un palier à la fois.

learn-see-a-professional-summary = Limber donne des conseils généraux, pas un diagnostic : voici quand il vaut la peine de faire examiner votre dos.
learn-see-a-professional-p-1 = Cette application ne peut pas vous examiner ni vous dire ce qui se cache derrière votre douleur. Un médecin ou un kinésithérapeute, si. Il vaut la peine de prendre rendez-vous si votre douleur ne s’est pas améliorée après environ 2 semaines, ou si elle s’aggrave.
learn-see-a-professional-p-2 = Si vous avez d’autres problèmes de santé, mieux vaut aussi demander l’avis d’un professionnel avant de commencer un nouveau programme d’exercices.
learn-see-a-professional-p-3 = Certains signes d’alerte demandent des soins plutôt que de l’exercice : quelques-uns nécessitent une aide d’urgence immédiate, d’autres un médecin d’ici un ou deux jours. Les deux listes sont ci-dessous. Si l’un d’eux vous concerne, arrêtez les exercices et demandez l’aide indiquée.

learn-low-impact-cardio-summary = La marche, la natation, le vélo et l’aquagym font travailler votre cœur sans secouer votre dos.
learn-low-impact-cardio-p-1 = Le cardio à faible impact désigne une activité qui accélère votre rythme cardiaque sans chocs ni secousses pour le corps. Pensez à la marche, à la natation, au vélo d’appartement ou à un cours d’aquagym.
learn-low-impact-cardio-p-2 = Comme elles ménagent votre colonne, ces activités sont un bon point de départ. Elles améliorent votre condition physique, font circuler davantage de sang vers votre dos et peuvent vous aider à vous sentir mieux dans votre peau.
learn-low-impact-cardio-p-3 = La marche est la plus facile à caser dans une journée : quelques minutes à un rythme confortable suffisent largement pour commencer. Dans l’eau, une partie de votre poids est portée pour vous, alors bouger peut y sembler plus facile.
learn-low-impact-cardio-p-4 = Commencez par des séances courtes et ajoutez un peu de temps tous les quelques jours quand c’est confortable. Vous pouvez les faire sans votre téléphone et les noter ensuite.

learn-core-strength-summary = Votre sangle abdominale, c’est l’équipe de muscles autour de votre taille, et un renforcement doux les aide à soutenir votre colonne.
learn-core-strength-p-1 = Votre sangle abdominale, ce n’est pas seulement votre ventre. C’est l’anneau de muscles autour de votre taille : l’avant, les côtés, le bas du dos et les hanches. Ensemble, ces muscles aident à soutenir votre colonne quand vous bougez.
learn-core-strength-p-2 = Pas besoin d’abdos classiques ni de charges lourdes. Des mouvements simples comme la bascule du bassin, le pont et un gainage adapté construisent ce soutien en douceur. Commencez par la version la plus facile et passez à la suivante quand c’est confortable.
learn-core-strength-p-3 = Bougez lentement, continuez à respirer et arrêtez-vous avant de forcer. Mieux vaut en faire peu mais bien que beaucoup.
learn-core-strength-point-1 = Bascule du bassin : sur le dos, genoux pliés, appuyez doucement le bas du dos vers le sol, puis relâchez.
learn-core-strength-point-2 = Pont : sur le dos, genoux pliés, soulevez un peu les hanches, puis redescendez lentement.
learn-core-strength-point-3 = Gainage adapté : tenez la planche sur les genoux ou sur les avant-bras, le temps de quelques respirations lentes.

learn-stretch-gently-summary = Des étirements doux pour les hanches, les jambes et le bas du dos peuvent relâcher les tensions et vous aider à bouger plus librement.
learn-stretch-gently-p-1 = Étirer les hanches, les jambes et le bas du dos aide à relâcher les tensions et vous donne plus d’amplitude. C’est une façon calme et facile de commencer ou de terminer une séance.
learn-stretch-gently-p-2 = Entrez lentement dans chaque étirement jusqu’à sentir une légère tension, puis restez immobile. Pas de rebonds et rien de forcé : un bon étirement soulage, ce n’est pas une lutte.
learn-stretch-gently-p-3 = Respirez lentement et laissez chaque expiration vous aider à vous détendre un peu plus. Si un étirement augmente votre douleur, relâchez un peu ou essayez-en un autre.
learn-stretch-gently-point-1 = Restez immobile, sans rebonds.
learn-stretch-gently-point-2 = Une légère tension suffit.
learn-stretch-gently-point-3 = Continuez à respirer, lentement et tranquillement.

learn-stay-consistent-summary = Quelques minutes la plupart des jours font plus pour votre dos qu’une grosse séance de temps en temps.
learn-stay-consistent-p-1 = De petites doses régulières de mouvement finissent par compter. Un programme court est aussi plus facile à tenir les jours chargés ou douloureux qu’un long entraînement.
learn-stay-consistent-p-2 = Variez : un peu de renforcement, un peu d’étirements et un peu de cardio doux comme la marche. Chaque type d’activité aide à sa façon, et la variété rend les choses plus intéressantes.
learn-stay-consistent-p-3 = Les mouvements inspirés du yoga et du Pilates, qui associent renforcement, étirements et respiration lente, conviennent à beaucoup de personnes qui ont mal au dos. Essayez des séances douces pour débutants et laissez de côté ce qui ne vous semble pas bon.
learn-stay-consistent-p-4 = Associer votre programme à quelque chose que vous faites déjà chaque jour, comme votre café du matin, peut aider à en faire une habitude.

learn-healthy-weight-summary = Un poids de forme allège la charge sur votre colonne, et bouger en douceur régulièrement peut y aider avec le temps.
learn-healthy-weight-p-1 = Le bas de votre dos aide à porter votre poids chaque fois que vous êtes debout, que vous marchez ou que vous vous penchez. À un poids sain pour vous, votre colonne supporte moins de charge.
learn-healthy-weight-p-2 = Il ne s’agit pas de régimes stricts ni de courir après un chiffre. Les marches et les exercices de votre programme sont déjà une façon douce et régulière de prendre soin de votre poids avec le temps.
learn-healthy-weight-p-3 = Si vous souhaitez plus d’aide pour votre poids, un professionnel de santé peut vous accompagner à un rythme qui vous convient. Accordez-vous de la bienveillance en chemin.

learn-keep-active-summary = Poursuivre vos activités habituelles, du mieux que vous pouvez, fait partie des soins à votre dos.
learn-keep-active-p-1 = Les recommandations sur la lombalgie encouragent à garder ses activités habituelles autant que possible : travail, tâches ménagères, loisirs, voir des amis. Vous devrez peut-être faire certaines choses plus lentement ou en plusieurs fois pendant un temps, et c’est très bien ainsi.
learn-keep-active-p-2 = Certains produits promettent une solution rapide. Les recommandations britanniques du NICE ne conseillent pas les ceintures lombaires, la traction ni les appareils de TENS pour la lombalgie : inutile donc d’y dépenser de l’argent.
learn-keep-active-p-3 = Ce que ces recommandations soutiennent, c’est ce que vous faites déjà : garder une activité, faire un exercice qui vous plaît et progresser en douceur avec le temps.
