### English: the course's first lesson's title (course.ftl has the lessons), here because Today
### offers it to a first visit: this file comes with the first screen. At most 40 characters.

course-pain-common-title = You are not alone with back pain
