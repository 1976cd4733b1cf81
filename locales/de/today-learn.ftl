### Deutsch: der Titel der ersten Lektion (die Lektionen stehen in course.ftl), hier, weil Heute
### sie beim ersten Besuch anbietet: diese Datei kommt mit dem ersten Bildschirm. Höchstens 40 Zeichen.

course-pain-common-title = Mit Rückenschmerzen bist du nicht allein
