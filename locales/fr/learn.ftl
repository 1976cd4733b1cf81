### Français. Comprendre : de courtes lectures pour vivre et bouger avec une lombalgie, et
### les écrans qui les entourent. Calme, simple et court ; les faits et les chiffres
### exactement comme en anglais.

## Les écrans

learn-title = Comprendre
learn-lead = Un cours court, une leçon par jour : comment fonctionne le mal de dos, et ce qui aide.
learn-back = ‹ Le cours
learn-next-read = Leçon suivante
learn-sources-heading = D’où viennent ces informations

## À la fin de « Avoir mal, ce n’est pas se faire du mal » : la règle avec les chiffres de la personne.

learn-your-bands = Votre douleur habituelle est d’environ { $usual }, d’après vos dernières réponses. Pendant l’exercice, une douleur jusqu’à { $green } ne pose pas de problème, jusqu’à { $amber } c’est acceptable si elle se calme d’ici le lendemain matin, et au-delà (ou une douleur qui descend dans une jambe), il faut rendre l’exercice plus facile.
learn-your-bands-no-amber = Votre douleur habituelle est d’environ { $usual }, d’après vos dernières réponses. Pendant l’exercice, une douleur jusqu’à { $green } ne pose pas de problème, et au-delà (ou une douleur qui descend dans une jambe), il faut rendre l’exercice plus facile.

## Sources

learn-source-silbernagel = Modèle de surveillance de la douleur : Silbernagel et al., Am J Sports Med, 2007 (une étude sur la douleur du tendon d’Achille)
learn-source-walkback = Essai WalkBack : Pocovi et al., The Lancet, 2024
learn-source-who-2020 = Lignes directrices de l’OMS sur l’activité physique et la sédentarité, 2020
learn-source-nice-ng59 = Recommandation NICE NG59, Low back pain and sciatica in over 16s, 2016

## Nouvelles sources sur lesquelles s’appuient les leçons ci-dessus. Leur place est à côté des
## autres messages learn-source-* de learn.ftl (même forme : de quoi il s’agit, puis auteurs,
## revue, année). Gardez les noms des personnes, des revues et des essais ; traduisez le reste.
learn-source-restore = Essai RESTORE sur la thérapie fonctionnelle cognitive : Kent et al., The Lancet, 2023
learn-source-brinjikji = Résultats d’imagerie chez des personnes sans mal de dos : Brinjikji et al., AJNR, 2015

## Nouvelles sources citées par les leçons des thèmes 5 et 6 (proposées ; elles pourraient aller
## dans learn.ftl, à côté des autres messages learn-source-*). Gardez les noms des personnes, des
## revues et des essais.
learn-source-cherkin = Pleine conscience et thérapie cognitive et comportementale pour la lombalgie : Cherkin et al., JAMA, 2016
learn-source-gollwitzer = Les plans « si… alors » : Gollwitzer et Sheeran, Advances in Experimental Social Psychology, 2006

## Le cours : la liste, la page d’une leçon et les leçons du plan de crise.
learn-progress = Leçons lues : { $read } sur { $total }
learn-week = Semaine { $week }
learn-status-read = Lue
learn-status-today = Leçon du jour
learn-status-later = Pour plus tard
learn-status-flare = En cas de crise
learn-locked = Cette leçon viendra plus tard dans le cours : une leçon par jour, dans l’ordre.
learn-example-heading = Par exemple
learn-try-heading = À essayer cette semaine
learn-question-heading = Une question pour vous
learn-answer-label = Votre réponse
learn-answer-save = Garder ma réponse
learn-answer-kept = Enregistrée. Vous pouvez la modifier à tout moment.
learn-mark-read = Terminé : marquer comme lue
learn-read-on = Lue le { $date }.
learn-next-tomorrow = Votre prochaine leçon arrive demain.
learn-course-done = Vous avez lu toutes les leçons. Vous pouvez les relire ici à tout moment.
learn-flare-heading = Leçons en cas de crise
learn-listen = Écouter
learn-listen-pause = Pause
learn-listen-resume = Reprendre
learn-listen-stop = Arrêter
learn-listen-no-voice = Ce téléphone n’a pas encore de voix pour cette langue. Les réglages, rubrique « Pendant une séance », expliquent comment en ajouter une.
