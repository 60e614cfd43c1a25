# Production image: built without the embedded PostgreSQL binaries (-Dproduction); needs an external PostgreSQL
# (SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Dproduction dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -Dproduction -DskipTests package \
    && mkdir /extracted \
    && java -Djarmode=tools -jar target/pflegeverbund-portal-*.jar extract --destination /extracted/app

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 portal \
    && useradd --system --uid 10001 --gid portal --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build --chown=portal:portal /extracted/app/ /app/
USER 10001:10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    PORTAL_MAIL_OUTBOX_DIR=/tmp/outbox
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java -jar /app/pflegeverbund-portal-*.jar"]
