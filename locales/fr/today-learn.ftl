### Français : le titre de la première leçon (les leçons sont dans course.ftl), ici parce
### qu’Aujourd’hui la propose à la première visite : ce fichier arrive avec le premier écran. 40 caractères au plus.

course-pain-common-title = Le mal de dos touche beaucoup de monde
